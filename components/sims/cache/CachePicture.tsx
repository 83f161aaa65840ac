'use client';

import type { CacheSnapshot } from '@/lib/sim/models/cache';
import { formatValue } from '@/lib/sim-ui/format';
import { useSim } from '../framework/context';
import { useLiveSnapshot } from '../framework/useLiveSnapshot';

/** Dash pattern length; the flows move one pattern per 250 ms of sim time. */
const DASH = 12;

/**
 * App → cache → database: the hit flow turns back at the cache, the miss flow goes on to the
 * database; each arrow's width is its share of requests and its dashes move with sim time (so
 * they stop when the run pauses). The cache box fills as entries arrive.
 */
export function CachePicture({ lane = 'a' }: { lane?: 'a' | 'b' }) {
  const s = useLiveSnapshot<CacheSnapshot>(lane);
  const simTimeMs = useSim((st) => st.simTimeMs);
  if (!s) return null;
  const m = s.metrics;
  // Hits and misses are counted after warm-up; until then they read "—", not "0 % hits".
  const counted = m.reads > 0;
  const hit = counted ? m.hits / m.reads : NaN;
  const miss = 1 - hit;
  const offset = -((simTimeMs / 250) * DASH) % (DASH * 2);
  const fill = s.capacity > 0 ? s.cacheSize / s.capacity : 0;
  const w = (share: number) => 2 + (Number.isFinite(share) ? share : 0.5) * 16;
  const label = `${lane === 'b' ? 'Lane B: ' : ''}${counted ? `${formatValue(hit, '%')} of reads hit the cache, ${formatValue(miss, '%')} go to the database` : 'warming up, hits and misses not counted yet'}; cache ${formatValue(fill, '%')} full.`;
  return (
    // Drawn 400 units wide so it fits a 390 px phone at a readable size, never scrolling sideways.
    <div role="group" aria-label={lane === 'b' ? 'Lane B picture' : 'Picture'}>
      <svg viewBox="0 0 400 160" role="img" aria-label={label} className="mx-auto h-auto w-full max-w-[480px] text-slate-800 dark:text-slate-200">
        <g fontSize="13" fill="currentColor">
          <rect x="4" y="50" width="70" height="50" rx="6" fill="none" stroke="currentColor" strokeWidth="2" />
          <text x="39" y="80" textAnchor="middle">
            {lane === 'b' ? 'B: app' : 'app'}
          </text>
          <rect x="150" y="40" width="120" height="70" rx="6" fill="none" stroke="#009E73" strokeWidth="2" />
          <rect x="152" y={108 - 66 * fill} width="116" height={66 * fill} fill="#009E73" fillOpacity="0.25" />
          <text x="210" y="72" textAnchor="middle">
            cache
          </text>
          <text x="210" y="90" textAnchor="middle" fontSize="11">
            {s.cacheSize}/{s.capacity} entries
          </text>
          <rect x="320" y="40" width="76" height="70" rx="6" fill="none" stroke="#D55E00" strokeWidth="2" />
          <text x="358" y="80" textAnchor="middle">
            database
          </text>
        </g>
        {/* hits: app → cache and back (solid green dashes) */}
        <path d="M74 68 L150 68" stroke="#009E73" strokeWidth={w(hit)} strokeDasharray={`${DASH} ${DASH}`} strokeDashoffset={offset} fill="none" />
        <text x="112" y="54" fontSize="11" textAnchor="middle" fill="currentColor">
          hits {formatValue(hit, '%')}
        </text>
        {/* misses: cache → database (orange, longer dashes); the label sits under the boxes */}
        <path d="M270 82 L320 82" stroke="#D55E00" strokeWidth={w(miss)} strokeDasharray={`${DASH * 1.5} ${DASH / 2}`} strokeDashoffset={offset} fill="none" />
        <text x="295" y="128" fontSize="11" textAnchor="middle" fill="currentColor">
          misses {formatValue(miss, '%')}
        </text>
        <text x="4" y="152" fontSize="11" fill="currentColor">
          arrow width = share of reads · database load {formatValue(m.dbLoadPerSec, 'queries/s')}
        </text>
      </svg>
    </div>
  );
}
