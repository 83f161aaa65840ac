import { formatInterval, RATINGS, type RatingName } from '@/lib/practice/scheduler';
import { btnPrimary, btnSecondary, kbd } from './styles';

/** The four recall ratings with the interval each would schedule (keys 1–4 are handled by the session). */
export function RatingButtons({ intervals, onRate }: { intervals: Record<RatingName, number>; onRate(rating: RatingName): void }) {
  return (
    <fieldset className="mt-6">
      <legend className="text-sm font-semibold">How well did you recall it?</legend>
      <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
        {RATINGS.map((r) => (
          <button key={r.name} type="button" className={r.name === 'good' ? btnPrimary : btnSecondary} onClick={() => onRate(r.name)} title={r.hint}>
            <kbd className={kbd}>{r.key}</kbd> {r.label}
            <span className="text-xs font-normal opacity-90">{formatInterval(intervals[r.name])}</span>
          </button>
        ))}
      </div>
    </fieldset>
  );
}
