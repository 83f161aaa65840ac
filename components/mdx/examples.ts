/** What each registry component is for, in one line (shown in the catalog and the authoring guide). */
export const componentSummaries: Record<string, string> = {
  Objectives: 'The "You will learn to" box, filled from the frontmatter objectives. Put it first.',
  Callout: 'An aside: note, tip, warning, or interview (what an interviewer wants to hear).',
  Figure:
    'A diagram (inline SVG using currentColor) or an image from public/, with a caption and a text alternative. The SVG scales to the figure’s width, so its text must read at 11 px or more on a 390 px phone (the content check measures it): a drawing wider than about 360 units needs a second, phone layout. Draw it 340 units wide with text fontSize 12 or more as `<svg data-layout="phone">` next to the wide one, marked `<svg data-layout="wide">`; phones show the first, screens from 768 px the second. Give each drawing its own marker ids.',
  KeyNumbers: 'A short table of numbers to remember, each with its source.',
  Recap: 'The chapter summary as a bullet list. Put it last.',
  Term: 'Links a word to its glossary entry (ids in content/glossary.yaml).',
  Predict: 'Asks for a prediction (multiple choice or a number); the simulation right after it waits until the learner locks in or skips, and with `metric` shows the guess beside what it measured.',
  Try: 'An inline "try this": a button in the prose that applies settings (`set`) and actions (`act`, e.g. "kill 2 at 5s") to the figure with that `id`, scrolls to it and announces the change.',
  ScalingExplorer: 'Vertical vs horizontal scaling: cost and headroom of one big machine vs N small ones as demand grows.',
  LoadBalancerSim: 'Clients, a load balancer and N servers with queues: algorithms, slow and dead servers, latency percentiles.',
  SessionSim: 'Steve and other users behind a balancer with local, sticky or shared sessions; kill or add servers.',
  DeploySim: 'Rolling out version B: all-at-once, rolling or blue-green; versions in flight and capacity dips.',
  ReplicationSim: 'A primary and replicas: read/write mix, replication lag, stale reads and read-your-writes violations.',
  ShardingSim: 'Keys spread over shards by modulo, consistent hashing or range; hot shards and keys moved when a shard is added.',
  CacheSim: 'Cache-aside in front of a database: hit rate vs size, skew, policy and TTL; query vs object invalidation.',
  QueueSim: 'A job queue with workers: queue length, waiting time, drops, sync vs async, Little\'s law and the M/M/c curve.',
  SystemSim: 'The whole shop over one day, one tier at a time (`stage`): per-tier load and the bottleneck, the monthly bill, faults (presets steves-shop, black-friday, cache-restart, primary-fails).',
};

/**
 * A copy-paste example for each registry component, used by the /authoring catalog and the
 * authoring guide. Components without an entry (e.g. a simulation) fall back to `<Name />`.
 */
export const componentExamples: Record<string, string> = {
  Objectives: '<Objectives />',
  Callout: '<Callout type="interview" title="What they listen for">\nName the trade-off before the solution.\n</Callout>',
  Figure:
    '<Figure caption="Two clones behind one balancer" alt="A load balancer box with arrows to two identical server boxes">\n  <svg viewBox="0 0 320 120" role="img" aria-label="Balancer and two servers">\n    <rect x="10" y="40" width="90" height="40" rx="6" fill="none" stroke="currentColor" />\n    <text x="55" y="65" fontSize="12" fill="currentColor" textAnchor="middle">balancer</text>\n    <rect x="210" y="10" width="90" height="40" rx="6" className="fill-sky-500/15 stroke-sky-600 dark:stroke-sky-400" />\n    <rect x="210" y="70" width="90" height="40" rx="6" className="fill-sky-500/15 stroke-sky-600 dark:stroke-sky-400" />\n    <path d="M100 60 L210 30 M100 60 L210 90" stroke="currentColor" />\n  </svg>\n</Figure>',
  KeyNumbers: '<KeyNumbers items={[{ label: "Round trip in one datacenter", value: "~0.5 ms", source: "Colin Scott, 2020" }]} />',
  Recap: '<Recap>\n- Servers are clones: same code, no user data.\n- Sessions live in a shared store.\n</Recap>',
  Term: 'Put it behind a <Term id="load-balancer">load balancer</Term>.',
  SystemSim: '<SystemSim stage="one-box" peakRate={300} controls={["stage", "appMachines"]} />',
  Try: 'Set the <Try figure="ttl" set={{ ttlMs: 200 }}>TTL to 200 ms</Try>, or <Try figure="lb" act="kill 2 at 5s">kill server 2 five seconds in</Try>.',
  CacheSim:
    '<CacheSim id="ttl" capacity={500} zipf={0.9} controls={["capacity", "ttlMs"]} metrics={["hitRate", "predicted", "dbLoad"]} caption="10,000 products with Zipf 0.9 popularity and a cache with room for 500." />',
  LoadBalancerSim: '<LoadBalancerSim id="lb" servers={4} arrivalRate={300} controls={["algorithm"]} caption="300 req/s over four servers." />',
  Predict:
    '<Predict question="With one slow server, which algorithm keeps p99 lowest?" choices={["Round robin", "Least connections", "Random"]} answer={1} explanation="Least connections stops feeding a server whose queue grows." />',
};

export function exampleFor(name: string): string {
  return componentExamples[name] ?? `<${name} />`;
}
