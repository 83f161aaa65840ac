import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from './paths';

function walk(dir: string, out: string[]): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(p, out);
    else {
      const st = fs.statSync(p);
      out.push(`${p}:${st.size}:${st.mtimeMs}`);
    }
  }
}

/** Changes whenever a file under content/ is added, removed or edited. */
export function contentVersion(root = contentDir()): string {
  const entries: string[] = [];
  if (fs.existsSync(root)) walk(root, entries);
  return createHash('sha1').update(entries.sort().join('\n')).digest('hex').slice(0, 12);
}
