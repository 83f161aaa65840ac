import { loadLatencyNumbers, type LatencyNumber } from '@/lib/content/glossary';

export const metadata = {
  title: 'Latency numbers',
  description: 'How long common operations take, from an L1 cache hit to a packet across the ocean, on one log scale.',
  alternates: { canonical: '/reference/latency' },
};

/** 1 234 567 ns → "1.2 ms": the unit a person would say out loud. */
function humanDuration(ns: number): string {
  const units: [number, string][] = [
    [1e9, 's'],
    [1e6, 'ms'],
    [1e3, 'µs'],
    [1, 'ns'],
  ];
  const [scale, unit] = units.find(([s]) => ns >= s) ?? [1, 'ns'];
  const v = ns / scale;
  return `${v >= 100 ? Math.round(v) : Number(v.toPrecision(2))} ${unit}`;
}

const CATEGORY_LABEL: Record<LatencyNumber['category'], string> = {
  cpu: 'CPU',
  memory: 'Memory',
  network: 'Network',
  disk: 'Disk',
  web: 'Web (typical)',
};

/** A bar whose length is the duration on a log scale (1 ns to the slowest entry); decoration, the time is in the next cell. */
function LogBar({ ns, maxLog, className = '' }: { ns: number; maxLog: number; className?: string }) {
  return (
    // an SVG attribute, not a style attribute: the CSP's style-src need not allow inline styles for it
    <svg className={`block h-2 w-full ${className}`} data-testid="latency-bar" aria-hidden="true">
      <rect width={`${Math.max(2, (Math.log10(Math.max(ns, 1)) / maxLog) * 100)}%`} height="100%" rx="4" className="fill-sky-600 dark:fill-sky-400" />
    </svg>
  );
}

export default function LatencyPage() {
  const data = loadLatencyNumbers();
  const numbers = [...data.numbers].sort((a, b) => a.ns - b.ns);
  const maxLog = Math.log10(Math.max(...numbers.map((n) => n.ns)));
  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Latency numbers</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        Orders of magnitude matter more than digits: a main memory reference (100 ns) is about a thousand times faster than a round
        trip inside one availability zone (about 100 µs today), which is about a thousand times faster than a packet across an ocean
        and back (150 ms). Bars use a logarithmic scale: a bar {Math.round(100 / maxLog)} % of the
        width longer than another stands for ten times the time.
      </p>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        Source: <a className="text-sky-700 underline dark:text-sky-300" href={data.sourceUrl}>{data.source}</a> ({data.year}).
      </p>
      <table className="mt-8 w-full border-collapse text-sm">
        <caption className="sr-only">Latency of common operations, fastest first</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left dark:border-slate-700">
            <th scope="col" className="py-2 pr-3">Operation</th>
            <th scope="col" className="py-2 pr-3 text-right">Time</th>
            <th scope="col" className="hidden py-2 sm:table-cell">Scale (log)</th>
          </tr>
        </thead>
        <tbody>
          {numbers.map((n) => (
            <tr key={n.operation} className="border-b border-slate-200 align-top dark:border-slate-800">
              <th scope="row" className="py-2 pr-3 text-left font-normal">
                <span className="font-medium">{n.operation}</span>
                <span className="ml-2 rounded bg-slate-100 px-1.5 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-300">{CATEGORY_LABEL[n.category]}</span>
                {n.note ? <span className="mt-1 block text-xs text-slate-600 dark:text-slate-400">{n.note}</span> : null}
                {/* On a phone the bar sits under the operation (no room for a third column), so every reader sees the bars the text describes. */}
                <LogBar ns={n.ns} maxLog={maxLog} className="mt-2 sm:hidden" />
              </th>
              <td className="whitespace-nowrap py-2 pr-3 text-right font-mono tabular-nums">{humanDuration(n.ns)}</td>
              <td className="hidden w-1/3 py-3 sm:table-cell">
                <LogBar ns={n.ns} maxLog={maxLog} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
