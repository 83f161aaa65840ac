'use client';

import { useId, useRef, useState } from 'react';
import { downloadText } from '@/components/progress/download';
import type { ClientProblem } from '@/lib/problems/client';
import { readDesign } from '@/lib/problems/read-design';
import type { Design } from '@/lib/sim/design/schema';
import { btnSecondary, field } from '@/components/practice/styles';
import { DesignOutline } from './DesignOutline';

const pretty = (d: unknown) => JSON.stringify(d, null, 2);

/**
 * Design: the candidate's architecture, in the design format. This is the slot the design studio
 * (components/studio) fills; until it is embedded, the design is edited as JSON here, validated as
 * it is typed (the same checks as the CLI), with its outline beside it. `onChange` gets each valid design.
 */
export function DesignStep({ problem, design, onChange }: { problem: ClientProblem; design: Design; onChange: (d: Design) => void }) {
  const id = useId();
  const [text, setText] = useState(() => pretty(design));
  const [errors, setErrors] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);
  const apply = (next: string, source: string) => {
    setText(next);
    const r = readDesign(next, problem.spec);
    setErrors(r.ok ? [] : r.errors);
    if (r.ok) onChange(r.design);
    setMessage(r.ok ? source : '');
  };
  return (
    <div>
      <div role="note" className="rounded-md border border-dashed border-sky-700 bg-sky-50 p-3 text-sm text-sky-950 dark:border-sky-400 dark:bg-sky-950/40 dark:text-sky-100">
        <p className="font-semibold">Whiteboard: the design as JSON</p>
        <p className="mt-1">
          The drawing studio will sit here. Until then, edit the design in the design format (docs/SIMULATION.md): components, arrows, and the path each request class takes. The traffic, the request classes’ shares and work times are the problem’s; the grader imposes them.
        </p>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" className={btnSecondary} onClick={() => apply(pretty(problem.start), 'Back to the starting point.')}>
          Start again from the starting point
        </button>
        <button type="button" className={btnSecondary} onClick={() => fileRef.current?.click()}>
          Import a JSON file
        </button>
        <button type="button" className={btnSecondary} onClick={() => downloadText(`${problem.id}-design.json`, `${text}\n`)}>
          Download the JSON
        </button>
        <input
          ref={fileRef}
          type="file"
          accept="application/json,.json"
          className="sr-only"
          tabIndex={-1}
          aria-hidden="true"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (file) apply(await file.text(), `Imported “${file.name}”.`);
            e.target.value = '';
          }}
        />
      </div>
      <p role="status" className="mt-2 text-sm text-emerald-800 dark:text-emerald-300">
        {message}
      </p>
      <div className="mt-2 grid gap-4 lg:grid-cols-2">
        <label className="block text-sm font-medium">
          Design (JSON)
          <textarea
            id={`${id}-json`}
            value={text}
            onChange={(e) => apply(e.target.value, 'Saved.')}
            spellCheck={false}
            rows={18}
            aria-invalid={errors.length > 0}
            aria-describedby={`${id}-errors`}
            className={`${field} mt-1 block w-full font-mono text-xs`}
          />
        </label>
        <div>
          <div id={`${id}-errors`}>
            {errors.length > 0 ? (
              <div role="alert" className="rounded-md border border-rose-300 bg-rose-50 p-3 text-sm text-rose-950 dark:border-rose-700 dark:bg-rose-950/40 dark:text-rose-100">
                <p className="font-semibold">Not gradable yet (the last valid design is kept):</p>
                <ul className="mt-1 list-disc space-y-0.5 pl-5">
                  {errors.map((e) => (
                    <li key={e} className="break-words">
                      {e}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </div>
          <div className="mt-2 rounded-md border border-slate-200 p-3 dark:border-slate-700">
            <DesignOutline design={design} />
          </div>
        </div>
      </div>
    </div>
  );
}
