'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * While `active`, leaving the page asks first: the browser's own prompt on reload, close or an
 * address typed in (beforeunload), and a confirm for in-app links (clicks are caught before the
 * router sees them; on yes, the router navigates).
 */
export function useLeaveGuard(active: boolean, message: string) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      e.returnValue = '';
    };
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const a = e.target instanceof Element ? e.target.closest('a[href]') : null;
      if (!(a instanceof HTMLAnchorElement) || (a.target && a.target !== '_self') || a.hasAttribute('download')) return;
      const url = new URL(a.href, window.location.href);
      const here = new URL(window.location.href);
      if (url.origin !== here.origin || (url.pathname === here.pathname && url.search === here.search)) return;
      e.preventDefault();
      e.stopPropagation();
      if (window.confirm(message)) {
        window.removeEventListener('beforeunload', onBeforeUnload);
        router.push(url.pathname + url.search + url.hash);
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('click', onClick, true);
    };
  }, [active, message, router]);
}
