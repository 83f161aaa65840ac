/**
 * `npm run new:chapter -- "Consistent hashing"`: creates content/chapters/NN-consistent-hashing.mdx
 * with valid frontmatter (next free order), the lesson skeleton and one example question.
 */
import path from 'node:path';
import { chaptersDir } from '@/lib/content/paths';
import { scaffoldChapter } from '@/lib/content/scaffold';

const title = process.argv.slice(2).join(' ');
try {
  const r = scaffoldChapter(title, chaptersDir());
  console.log(`Created ${path.relative(process.cwd(), r.file)} (order ${r.order}, draft).`);
  console.log(`Run \`npm run dev\` and open ${r.url}`);
  console.log('Check it with `npm run content:check`; remove `draft: true` to publish.');
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
