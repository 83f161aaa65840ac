import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { componentPropSchemas } from '@/components/mdx/registry';
import { checkContent } from '@/lib/content/check';
import { IMPLEMENTED_SIMS } from '@/lib/content/sim-catalog';
import { simPropSchemas } from './props';
import { simComponents } from './registry';

const fixture = path.join(process.cwd(), 'test/fixtures/valid');
const roots: string[] = [];
afterAll(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

/** A one-chapter content root (copying the valid fixture's frontmatter and data) with `body` appended. */
function chapterWith(body: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'prepup-sims-'));
  roots.push(root);
  fs.mkdirSync(path.join(root, 'chapters'));
  for (const f of ['glossary.yaml', 'latency-numbers.yaml']) fs.copyFileSync(path.join(fixture, f), path.join(root, f));
  const src = fs.readFileSync(path.join(fixture, 'chapters/01-first-steps.mdx'), 'utf8');
  const frontmatter = src.slice(0, src.indexOf('---', 4) + 3);
  fs.writeFileSync(path.join(root, 'chapters/01-first-steps.mdx'), `${frontmatter.replace(/tags: \[fixture\]\nquestions:[\s\S]*?---$/, '---')}\n\n${body}\n`);
  return root;
}

const problems = (body: string) =>
  checkContent({ root: chapterWith(body), components: componentPropSchemas })
    .map((p) => p.message)
    .filter((m) => m.startsWith('<'));

describe('simulation MDX props', () => {
  it('registers a props schema and a component for every implemented simulation', () => {
    const names = IMPLEMENTED_SIMS.map((s) => s.mdxName).sort();
    expect(Object.keys(simPropSchemas).sort()).toEqual(names);
    expect(Object.keys(simComponents).sort()).toEqual(names);
  });

  it('accepts model params, controls, a preset and a title', () => {
    expect(problems('<QueueSim workers={2} arrivalRate={150} controls={["workers","arrivalRate"]} preset="flash-sale" title="Two workers" />')).toEqual([]);
    expect(problems('<CacheSim capacity={100} policy="lfu" controls={["capacity","policy"]} />')).toEqual([]);
  });

  it('rejects out-of-range params with the allowed range, in the content check', () => {
    expect(problems('<QueueSim workers={0} />')).toEqual(['<QueueSim> workers must be between 1 and 10000 workers, got 0']);
    expect(problems('<CacheSim policy="mru" />')[0]).toMatch(/^<CacheSim> policy must be one of "lru", "lfu", "fifo", "random", got "mru"/);
    expect(problems('<LoadBalancerSim servers={1001} />')).toEqual(['<LoadBalancerSim> servers must be between 1 and 1000 servers, got 1001']);
  });

  it('rejects props valid one by one but not together: cross-field rules and the page work budget', () => {
    expect(problems('<LoadBalancerSim servers={4} failServer={10} />')).toEqual(['<LoadBalancerSim> failServer: must be between 0 and 3 (one of the 4 servers, numbered from 0), got 10']);
    expect(problems('<ShardingSim arrivalRate={1000000} requests={10000000} />')).toEqual([
      '<ShardingSim> arrivalRate: This run would need ~1.6 GB of memory; the page allows 256 MB. Lower Arrival rate or Requests.',
    ]);
    expect(problems('<CacheSim requests={3000000} />')).toEqual(['<CacheSim> requests: This run would simulate ~6 M events; the page allows 5 M. Lower Requests or Warm-up.']);
  });

  it('rejects unknown props, unknown controls and unknown presets', () => {
    expect(problems('<QueueSim wrokers={2} />')[0]).toMatch(/unknown key\(s\) "wrokers"/);
    expect(problems('<QueueSim controls={["workers","speed"]} />')[0]).toMatch(/^<QueueSim> controls\[1\] must be one of .*"workers".*got "speed"/);
    expect(problems('<ScalingExplorer preset="moonshot" />')[0]).toMatch(/^<ScalingExplorer> preset must be one of "startup"/);
  });
});
