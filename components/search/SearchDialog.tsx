'use client';

import type MiniSearch from 'minisearch';
import type { SearchResult } from 'minisearch';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { querySettings, searchOptions, type SearchDoc } from '@/lib/search/options';
import { withSynonyms } from '@/lib/search/synonyms';

type Hit = SearchResult & Pick<SearchDoc, 'kind' | 'href' | 'context' | 'title'>;

const KIND_LABEL: Record<SearchDoc['kind'], string> = { section: 'Lesson', question: 'Question', glossary: 'Glossary' };

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** Site search over lessons, questions and the glossary. Opens with the "/" key; the index loads on first use. */
export function SearchDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const index = useRef<MiniSearch<SearchDoc> | null>(null);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<Hit[]>([]);
  const [status, setStatus] = useState<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const router = useRouter();
  const id = useId();

  const ensureIndex = useCallback(async () => {
    if (index.current) return index.current;
    setStatus('loading');
    try {
      // The library and the index load on first use, keeping both out of every page's first load.
      const [{ default: MiniSearchLib }, res] = await Promise.all([import('minisearch'), fetch('/search-index.json')]);
      if (!res.ok) throw new Error(String(res.status));
      index.current = MiniSearchLib.loadJSON<SearchDoc>(await res.text(), searchOptions);
      setStatus('ready');
      return index.current;
    } catch {
      setStatus('error');
      return null;
    }
  }, []);

  const open = useCallback(() => {
    dialog.current?.showModal();
    input.current?.select();
    void ensureIndex();
  }, [ensureIndex]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target) && !dialog.current?.open) {
        e.preventDefault();
        open();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  async function search(q: string) {
    setQuery(q);
    const ix = await ensureIndex();
    setHits(ix && q.trim().length >= 2 ? (ix.search(withSynonyms(q), querySettings).slice(0, 12) as Hit[]) : []);
  }

  function go(href: string) {
    dialog.current?.close();
    router.push(href);
  }

  return (
    <>
      <button
        type="button"
        onClick={open}
        className="inline-flex h-9 items-center gap-2 rounded-md border border-slate-300 px-2.5 text-sm text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
        aria-keyshortcuts="/"
      >
        <span aria-hidden="true">⌕</span>
        <span className="sr-only sm:not-sr-only">Search</span>
        <kbd className="hidden rounded border border-slate-300 px-1 text-xs pointer-fine:sm:inline dark:border-slate-600">/</kbd>
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        className="m-auto mt-[10vh] w-[min(40rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
        onClick={(e) => e.target === dialog.current && dialog.current?.close()}
      >
        <div className="border-b border-slate-200 p-3 dark:border-slate-700">
          <h2 id={`${id}-title`} className="sr-only">
            Search the course
          </h2>
          <label className="flex items-center gap-2">
            <span className="text-sm font-medium">Search</span>
            <input
              ref={input}
              type="search"
              value={query}
              onChange={(e) => void search(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && hits[0]) go(hits[0].href);
                if (e.key === 'ArrowDown') {
                  e.preventDefault();
                  dialog.current?.querySelector<HTMLAnchorElement>('[data-hit]')?.focus();
                }
              }}
              placeholder="sticky sessions, p99, cache-aside…"
              className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-950"
            />
          </label>
        </div>
        <div className="max-h-[60vh] overflow-y-auto p-2" aria-live="polite">
          {status === 'error' ? <p className="p-3 text-sm text-rose-700 dark:text-rose-300">The search index could not be loaded. Try again later.</p> : null}
          {status === 'loading' ? <p className="p-3 text-sm text-slate-600 dark:text-slate-400">Loading the index…</p> : null}
          {query.trim().length >= 2 && status === 'ready' && hits.length === 0 ? <p className="p-3 text-sm">No results for “{query}”.</p> : null}
          {hits.length > 0 ? (
            <ul aria-label="Search results" className="space-y-1">
              {hits.map((h) => (
                <li key={h.id}>
                  <a
                    data-hit
                    href={h.href}
                    onClick={(e) => {
                      e.preventDefault();
                      go(h.href);
                    }}
                    onKeyDown={(e) => {
                      const items = [...(dialog.current?.querySelectorAll<HTMLAnchorElement>('[data-hit]') ?? [])];
                      const i = items.indexOf(e.currentTarget);
                      if (e.key === 'ArrowDown') (items[i + 1] ?? items[i])?.focus();
                      if (e.key === 'ArrowUp') (i > 0 ? items[i - 1] : input.current)?.focus();
                    }}
                    className="block rounded-md px-3 py-2 hover:bg-slate-100 focus:bg-slate-100 dark:hover:bg-slate-800 dark:focus:bg-slate-800"
                  >
                    <span className="block text-xs text-slate-600 dark:text-slate-400">
                      {KIND_LABEL[h.kind]} · {h.context}
                    </span>
                    <span className="block font-medium">{h.title}</span>
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        <p className="hidden border-t border-slate-200 px-3 py-2 text-xs text-slate-600 pointer-fine:block dark:border-slate-700 dark:text-slate-400">Enter opens the first result · ↓ ↑ move · Esc closes</p>
      </dialog>
    </>
  );
}
