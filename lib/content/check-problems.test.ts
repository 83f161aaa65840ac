import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { componentPropSchemas } from '@/components/mdx/registry';
import { checkContent } from './check';
import { isError } from './problem';

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) fs.rmSync(t, { recursive: true, force: true });
});

/** A content root with the valid fixture's chapters and two real problems, `edit`ed. */
function rootWith(edit: (problemsDir: string) => void): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'prepup-problems-'));
  temps.push(root);
  fs.cpSync(path.join(process.cwd(), 'test/fixtures/valid'), root, { recursive: true });
  const dir = path.join(root, 'problems');
  for (const id of ['url-shortener', 'news-feed']) {
    fs.cpSync(path.join(process.cwd(), 'content/problems', `${id}.mdx`), path.join(dir, `${id}.mdx`));
    fs.cpSync(path.join(process.cwd(), 'content/problems', id), path.join(dir, id), { recursive: true });
  }
  edit(dir);
  return root;
}

const orderOf = (file: string) => Number(/^order: (\d+)$/m.exec(fs.readFileSync(file, 'utf8'))?.[1]);

describe('the content check on design problems', () => {
  it('refuses what the build refuses: two problems with one order', () => {
    const root = rootWith((dir) => {
      const feed = path.join(dir, 'news-feed.mdx');
      const order = orderOf(path.join(dir, 'url-shortener.mdx'));
      fs.writeFileSync(feed, fs.readFileSync(feed, 'utf8').replace(/^order: \d+$/m, `order: ${order}`));
    });
    const errors = checkContent({ root, components: componentPropSchemas }).filter(isError);
    expect(errors.map((e) => e.message)).toContainEqual(expect.stringMatching(/^duplicate order \d+: .*has it too$/));
  });

  it('refuses a problem whose id is a mock scenario’s', () => {
    const root = rootWith((dir) => {
      fs.renameSync(path.join(dir, 'news-feed.mdx'), path.join(dir, 'rate-limiter.mdx'));
      fs.renameSync(path.join(dir, 'news-feed'), path.join(dir, 'rate-limiter'));
    });
    const errors = checkContent({ root, components: componentPropSchemas }).filter(isError);
    expect(errors.map((e) => e.message)).toContainEqual('the id "rate-limiter" is a mock-interview scenario\'s too; a mock on the problem is kept under its id, so rename the file');
  });
});
