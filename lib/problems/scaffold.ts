import fs from 'node:fs';
import path from 'node:path';
import { slugify } from '../content/scaffold';
import { listProblemFiles, readProblem } from './load';

export { PROBLEM_PLACEHOLDERS } from './load';


const design = (name: string, withDb: 'none' | 'sync' | 'async') => {
  const db = withDb !== 'none';
  const components = [
    { id: 'users', kind: 'client', label: 'Users', peakRps: 500, nightShare: 0.2, peakHour: 20 },
    ...(db ? [{ id: 'lb', kind: 'lb', label: 'Load balancer' }] : []),
    { id: 'app', kind: 'service', label: 'App servers', machines: db ? 2 : 1, workersPerMachine: 4, size: 's' },
    ...(db ? [{ id: 'db', kind: 'database', label: 'Database', size: 's', connections: 16, replicas: 1, replication: withDb }] : []),
  ];
  const front = db ? [{ to: 'lb' }, { to: 'app', ms: 2 }] : [{ to: 'app', ms: 2 }];
  return {
    version: 1,
    name,
    components,
    connections: db ? [{ from: 'users', to: 'lb' }, { from: 'lb', to: 'app' }, { from: 'app', to: 'db' }] : [{ from: 'users', to: 'app' }],
    classes: [
      { id: 'read', label: 'read an item', share: 0.9, keys: { count: 10000, zipf: 0.9 }, payloadBytes: 1000, path: db ? [...front, { to: 'db', op: 'read', node: 'replica', ms: 5 }] : front },
      { id: 'write', label: 'write an item', share: 0.1, keys: { count: 10000, zipf: 0 }, payloadBytes: 1000, path: db ? [...front, { to: 'db', op: 'write', ms: 10 }] : front },
    ],
  };
};

/** A new problem: valid frontmatter (a draft), a starting point, a reference and a wrong design, and the write-up's skeleton. */
export function problemTemplate(title: string, order: number): string {
  return `---
title: ${JSON.stringify(title)}
summary: "One or two sentences: what is designed and which idea the problem teaches (max 240 characters)."
order: ${order}
difficulty: medium
draft: true # remove this line to publish
topics: [caching]
prompt: "Replace this prompt with what the interviewer says, in one paragraph."
clarify:
  - { ask: "How many users, and how many requests at the peak?", answer: "Replace this answer with the interviewer's numbers." }
  - { ask: "What must never be lost?", answer: "Replace this answer: which writes are promises to a user." }
  - { ask: "What is the budget?", answer: "Replace this answer: dollars a month at the growth peak." }
requirements:
  facts:
    - { label: "Requests a day", value: 26000000, unit: "requests" }
    - { label: "Growth to plan for", value: 3, unit: "×" }
  traffic: { peakRps: 500, nightShare: 0.2, peakHour: 20 }
  classes:
    - { id: read, label: "read an item", share: 0.9, keys: { count: 10000, zipf: 0.9 }, payloadBytes: 1000, work: { service: 2, dbRead: 5 } }
    - { id: write, label: "write an item", share: 0.1, keys: { count: 10000, zipf: 0 }, payloadBytes: 1000, work: { service: 2, dbWrite: 10 } }
goals:
  - { id: read-p99, label: "Read p99 at peak", metric: p99Ms, class: read, target: 100, scenarios: [today, growth] }
  - { id: read-errors, label: "Failed reads at peak", metric: errorRate, class: read, target: 0.001, scenarios: [today, growth] }
  - { id: no-lost-writes, label: "Writes lost when the primary dies", metric: lostCommits, target: 0, scenarios: [primary-dies] }
  - { id: budget, label: "Monthly bill at 3× traffic", metric: monthlyCost, target: 2000, scenarios: [growth] }
scenarios:
  - { id: today, label: "Today's peak", growth: 1, seeds: [1, 2, 3] }
  - { id: growth, label: "3× growth peak", growth: 3, seeds: [1, 2, 3] }
  - { id: primary-dies, label: "The primary dies at the peak", growth: 1, seeds: [1, 2, 3], faults: [{ type: fail-primary, atHour: 8, target: { class: write, kind: database } }] }
estimates:
  - id: peak-rps
    ask: "How many requests per second arrive at the peak?"
    unit: "req/s"
    answer: 500
    tolerance: { kind: relative, pct: 25 }
    steps:
      - { text: "Average: 26,000,000 ÷ 86,400 s", value: 301, unit: "req/s" }
      - { text: "At the peak, 1.67 × the average", value: 500, unit: "req/s" }
  - id: app-workers
    ask: "How many app workers are busy at the peak (2 ms per request)?"
    unit: "workers"
    answer: 1
    tolerance: { kind: plusMinus, within: 0.5 }
    steps:
      - { text: "500 req/s × 0.002 s", value: 1, unit: "workers" }
start: start.json
references:
  - { design: reference.json, label: "Replicated database", note: "Two app servers behind a balancer; reads from a replica, writes to a primary that waits for the replica." }
wrong:
  - { design: wrong.json, label: "Asynchronous replica", fails: no-lost-writes, reason: "The primary confirms writes the replica has not seen; they die with it." }
probes:
  - { id: ten-x, kind: numbers, ask: "Traffic is ten times higher. What breaks first?", modelAnswer: "Replace this model answer with the sums per tier, and which tier runs out first." }
  - id: primary-dies
    kind: fault
    ask: "The primary just died. How many confirmed writes did you lose?"
    modelAnswer: "Replace this model answer: write rate × replication lag for an asynchronous replica, none for a synchronous one."
    run: { label: "Primary fails at the peak", faults: [{ type: fail-primary, atHour: 8, target: { class: write, kind: database } }] }
    evidence: [{ metric: lostCommits }]
  - { id: new-feature, kind: change, ask: "Product wants a new feature. What changes?", modelAnswer: "Replace this model answer with what changes in the numbers and the design." }
rubric:
  - { id: numbers-first, point: "Turns the daily numbers into a peak rate before drawing" }
  - { id: read-path, point: "Keeps the read path short and measured", evidence: read-p99 }
  - { id: durability, point: "Says how many writes a failure loses", evidence: no-lost-writes }
  - { id: ten-x, point: "Names what breaks first at 10×", evidence: ten-x }
---

## The shape of the problem

Write the reference write-up here: at least 700 words, in your own words. Cover the numbers and how
they are derived, the design and why each box is there, the trade-offs, the tempting wrong designs
and why they fail (the content check runs them), and what changes at ten times the traffic.
`;
}

/**
 * Creates `content/problems/<slug>.mdx` (a draft, next free order) and its folder of designs. Refuses to overwrite.
 * @example scaffoldProblem('Design a paste bin', 'content/problems') // { file: '…/design-a-paste-bin.mdx', … }
 */
export function scaffoldProblem(title: string, dir: string, origin = 'http://localhost:3000'): { file: string; id: string; order: number; url: string } {
  const clean = title.trim();
  const id = slugify(clean);
  if (clean.length < 5 || !id || !/^[a-z]/.test(id)) throw new Error('Give the problem a title of at least 5 characters starting with a letter, e.g. npm run new:problem -- "Design a paste bin"');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${id}.mdx`);
  if (fs.existsSync(file) || fs.existsSync(path.join(dir, id))) throw new Error(`A problem with the id "${id}" already exists`);
  const orders = listProblemFiles(dir).map((f) => readProblem(f).problem?.frontmatter.order ?? 0);
  const order = Math.max(0, ...orders) + 1;
  fs.mkdirSync(path.join(dir, id));
  const write = (name: string, d: object) => fs.writeFileSync(path.join(dir, id, name), `${JSON.stringify(d, null, 2)}\n`, { flag: 'wx' });
  write('start.json', design(`${clean}: starting point`, 'none'));
  write('reference.json', design(`${clean}: reference`, 'sync'));
  write('wrong.json', design(`${clean}: asynchronous replica`, 'async'));
  fs.writeFileSync(file, problemTemplate(clean, order), { flag: 'wx' });
  return { file, id, order, url: `${origin}/practice/problems/${id}` };
}
