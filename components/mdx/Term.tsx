import Link from 'next/link';
import type { ReactNode } from 'react';
import type { TermProps } from './schemas';

/** A word linked to its glossary entry. */
export function Term({ id, children }: TermProps & { children?: ReactNode }) {
  return (
    <Link href={`/glossary#${id}`} className="term underline decoration-dotted decoration-2 underline-offset-4 hover:decoration-solid">
      {children}
    </Link>
  );
}
