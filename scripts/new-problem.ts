/**
 * `npm run new:problem -- "Design a paste bin"`: creates content/problems/design-a-paste-bin.mdx (a
 * draft with valid frontmatter, next free order) and its folder with a starting point, a reference
 * and a tempting wrong design.
 */
import path from 'node:path';
import { problemsDir } from '@/lib/problems/load';
import { scaffoldProblem } from '@/lib/problems/scaffold';

const title = process.argv.slice(2).join(' ');
try {
  const r = scaffoldProblem(title, problemsDir());
  console.log(`Created ${path.relative(process.cwd(), r.file)} and ${path.relative(process.cwd(), path.join(path.dirname(r.file), r.id))}/ (order ${r.order}, draft).`);
  console.log(`Run \`npm run dev\` and open ${r.url}`);
  console.log(`Grade a design with \`npm run sim -- grade --problem ${r.id} --file content/problems/${r.id}/reference.json\`.`);
  console.log('Check it with `npm run content:check`; remove `draft: true` to publish.');
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
