'use client';

import { plural } from '@/lib/sim-ui/format';
import { DEPLOY_STRATEGY_LABELS, type DeployParams, type DeploySnapshot } from '@/lib/sim/models/deploy';
import { serverName } from '@/lib/sim-ui/numbering';
import { useSim } from '../framework/context';
import { type DeployServer, fleetSummary, phaseText } from './fleet';

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Version A is amber and plain, B is blue and hatched (Okabe–Ito; the pattern and the letter are the second cue). */
const VERSION_STYLE = {
  A: { swatch: '#E69F00', fill: 'rgba(230,159,0,0.18)', name: 'A (old)' },
  B: { swatch: '#0072B2', fill: 'repeating-linear-gradient(135deg, rgba(0,114,178,0.28) 0 6px, rgba(0,114,178,0.08) 6px 12px)', name: 'B (new)' },
} as const;

function ServerTile({ index, server }: { index: number; server: DeployServer }) {
  const off = server.phase === 'idle' || (server.phase === 'retired' && server.queue + server.busy === 0);
  const v = VERSION_STYLE[server.version];
  const inRotation = server.phase === 'serving';
  return (
    <li
      aria-label={`${serverName(index)}: version ${server.version}, ${phaseText(server)}`}
      className={`flex min-w-0 flex-col gap-0.5 rounded-md border-2 px-2 py-1.5 text-xs ${inRotation ? 'border-solid' : 'border-dashed'} ${off ? 'border-slate-400 dark:border-slate-500' : ''}`}
      // A switched-off machine keeps its text contrast: it loses its colour and fill instead of fading.
      style={off ? undefined : { borderColor: v.swatch, background: v.fill }}
    >
      <span className="font-semibold">{serverName(index)}</span>
      <span className="flex items-center gap-1">
        <span className="shrink-0 rounded bg-white px-1 font-mono font-bold text-slate-900 dark:bg-slate-900 dark:text-slate-100">{server.phase === 'booting' ? 'A→B' : server.version}</span>
        <span className="truncate text-slate-800 dark:text-slate-200">{phaseText(server)}</span>
      </span>
      <span className="font-mono tabular-nums text-slate-700 dark:text-slate-300">{server.queue + server.busy} in queue</span>
    </li>
  );
}

/**
 * Which version each server runs, what it is doing (serving, draining, booting), and a one-line
 * tally of the versions in rotation. Solid border = taking traffic; dashed = out of rotation.
 */
export function DeployFleet() {
  useSim((s) => s.version);
  const snap = useSim((s) => s.a.snapshot) as DeploySnapshot;
  const params = useSim((s) => s.params) as DeployParams;
  const comparing = useSim((s) => s.b !== null);
  const f = fleetSummary(snap.servers);
  const started = snap.now >= params.deployAtMs;
  const groups =
    params.strategy === 'blue-green'
      ? [
          { name: 'Blue set (running A)', from: 0, to: params.servers },
          { name: 'Green set (boots B)', from: params.servers, to: snap.servers.length },
        ]
      : [{ name: 'Servers', from: 0, to: snap.servers.length }];
  const both = f.inRotationA > 0 && f.inRotationB > 0;
  return (
    <div className="flex flex-col gap-3" role="group" aria-label="Servers and their versions">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {comparing && <span className="font-medium">Lane A. </span>}
        <strong>{upperFirst(DEPLOY_STRATEGY_LABELS[params.strategy])}</strong> deploy {started ? 'started' : 'starts'} at {params.deployAtMs / 1000} s. In rotation now:{' '}
        <strong>
          {f.inRotationA} × A, {f.inRotationB} × B
        </strong>
        {both ? ' — both versions serve traffic' : f.inRotationA + f.inRotationB === 0 ? ' — nothing is serving: requests fail' : ''}. Running: {plural(f.running, 'machines')}.
      </p>
      {groups.map((g) => (
        <div key={g.name}>
          {groups.length > 1 && <p className="mb-1 text-xs font-medium text-slate-700 dark:text-slate-300">{g.name}</p>}
          <ul className="grid grid-cols-[repeat(auto-fill,minmax(6.5rem,1fr))] gap-2" aria-label={g.name}>
            {snap.servers.slice(g.from, g.to).map((s, i) => (
              <ServerTile key={g.from + i} index={g.from + i} server={s} />
            ))}
          </ul>
        </div>
      ))}
      <p className="flex flex-wrap gap-3 text-xs text-slate-700 dark:text-slate-300" aria-hidden="true">
        {(['A', 'B'] as const).map((k) => (
          <span key={k} className="flex items-center gap-1">
            <span className="inline-block h-3 w-5 rounded-sm border-2" style={{ borderColor: VERSION_STYLE[k].swatch, background: VERSION_STYLE[k].fill }} />
            {VERSION_STYLE[k].name}
          </span>
        ))}
        <span>solid border: in rotation · dashed: out of rotation</span>
      </p>
    </div>
  );
}
