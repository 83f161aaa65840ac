import { Fragment, type ReactNode } from 'react';

/** Renders `**bold**` and `` `code` `` inside a line of plain text, as React nodes (never as HTML). */
function inline(text: string): ReactNode[] {
  return text.split(/(\*\*[^*]+\*\*|`[^`]+`)/g).map((part, i) => {
    if (part.startsWith('**') && part.endsWith('**')) return <strong key={i}>{part.slice(2, -2)}</strong>;
    if (part.startsWith('`') && part.endsWith('`')) return <code key={i} className="rounded bg-slate-100 px-1 text-[0.9em] dark:bg-slate-800">{part.slice(1, -1)}</code>;
    return <Fragment key={i}>{part}</Fragment>;
  });
}

/** Model answers: paragraphs split on blank lines, lines starting with "- " as a list. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .trim()
        .split(/\n\s*\n/)
        .map((block, i) => {
          const lines = block.split('\n');
          if (lines.every((l) => /^\s*[-*] /.test(l))) {
            return (
              <ul key={i} className="list-disc pl-5">
                {lines.map((l, j) => (
                  <li key={j}>{inline(l.replace(/^\s*[-*] /, ''))}</li>
                ))}
              </ul>
            );
          }
          return <p key={i}>{inline(block.replace(/\n/g, ' '))}</p>;
        })}
    </>
  );
}
