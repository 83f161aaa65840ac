import type { ComponentKind } from '@/lib/sim/design/schema';
import { KIND_ICONS } from '@/lib/studio/icons';

/** A component kind's line icon (decorative: the name always stands beside it). */
export function KindIcon({ kind, className = 'h-5 w-5' }: { kind: ComponentKind; className?: string }) {
  return (
    <svg viewBox="0 0 24 24" className={className} aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round">
      <path d={KIND_ICONS[kind]} />
    </svg>
  );
}
