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
  const reads = Math.max(1, m.reads);
  const hit = m.reads ? m.hits / reads : 0;
  const miss = 1 - hit;
  const offset = -((simTimeMs / 250) * DASH) % (DASH * 2);
  const fill = s.capacity > 0 ? s.cacheSize / s.capacity : 0;
  const w = (share: number) => 2 + share * 16;
  const label = `${lane === 'b' ? 'Lane B: ' : ''}${formatValue(hit, '%')} of reads hit the cache, ${formatValue(miss, '%')} go to the database; cache ${formatValue(fill, '%')} full.`;
  return (
    // Never narrower than 480 px (text stays readable on phones): scroll sideways instead.
    <div className="overflow-x-auto" tabIndex={0} role="group" aria-label={lane === 'b' ? 'Lane B picture' : 'Picture'}>
      <svg viewBox="0 0 600 150" role="img" aria-label={label} className="h-auto w-full min-w-[480px] text-slate-800 dark:text-slate-200">
        <g fontSize="13" fill="currentColor">
          <rect x="10" y="50" width="90" height="50" rx="6" fill="none" stroke="currentColor" strokeWidth="2" />
          <text x="55" y="80" textAnchor="middle">
            {lane === 'b' ? 'B: app' : 'app'}
          </text>
          <rect x="250" y="40" width="110" height="70" rx="6" fill="none" stroke="#009E73" strokeWidth="2" />
          <rect x="252" y={108 - 66 * fill} width="106" height={66 * fill} fill="#009E73" fillOpacity="0.25" />
          <text x="305" y="72" textAnchor="middle">
            cache
          </text>
          <text x="305" y="90" textAnchor="middle" fontSize="11">
            {s.cacheSize}/{s.capacity} entries
          </text>
          <rect x="490" y="40" width="100" height="70" rx="6" fill="none" stroke="#D55E00" strokeWidth="2" />
          <text x="540" y="80" textAnchor="middle">
            database
          </text>
        </g>
        {/* hits: app → cache and back (solid green dashes) */}
        <path d="M100 68 L250 68" stroke="#009E73" strokeWidth={w(hit)} strokeDasharray={`${DASH} ${DASH}`} strokeDashoffset={offset} fill="none" />
        <text x="175" y="58" fontSize="11" textAnchor="middle" fill="currentColor">
          hits {formatValue(hit, '%')}
        </text>
        {/* misses: cache → database (orange, longer dashes) */}
        <path d="M360 82 L490 82" stroke="#D55E00" strokeWidth={w(miss)} strokeDasharray={`${DASH * 1.5} ${DASH / 2}`} strokeDashoffset={offset} fill="none" />
        <text x="425" y="104" fontSize="11" textAnchor="middle" fill="currentColor">
          misses {formatValue(miss, '%')}
        </text>
        <text x="10" y="140" fontSize="11" fill="currentColor">
          arrow width = share of reads · database load {formatValue(m.dbLoadPerSec, 'queries/s')}
        </text>
      </svg>
    </div>
  );
}
