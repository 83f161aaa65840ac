import type { Design } from '@/lib/sim/design/schema';

/** A file name from the design's name: "url-shortener.json". */
export function fileName(d: Design, ext: string): string {
  const base = d.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'design';
  return `${base}.${ext}`;
}

/** Saves a blob as a file through a temporary link (nothing goes to a server). */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // revoke later: some browsers start the download asynchronously
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
