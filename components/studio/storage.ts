import type { WebStorage } from '@/lib/progress/storage';

/** A storage that refuses every write as a blocked browser does (localStorage cannot even be reached). */
const blocked: WebStorage = {
  getItem: () => null,
  setItem: () => {
    throw Object.assign(new Error('localStorage is not available'), { name: 'SecurityError' });
  },
  removeItem: () => undefined,
};

/** The browser's localStorage, or one that refuses writes where it is off (so the studio can say so). */
export function browserStorage(): WebStorage {
  if (typeof window === 'undefined') return blocked;
  try {
    return window.localStorage ?? blocked;
  } catch {
    return blocked;
  }
}
