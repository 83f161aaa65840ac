import { LbSim, lbSchema } from './models/lb';
for (const algorithm of ['round-robin', 'weighted-round-robin', 'random', 'least-connections', 'power-of-two', 'ip-hash'] as const) {
  const t0 = performance.now();
  const r = new LbSim(lbSchema.parse({ algorithm, serverSpeeds: [1,1,1,0.5], failServer: 1, requests: 100000 })).runToEnd();
  console.log(algorithm, r.meanResponseMs.toFixed(2), r.p99ResponseMs.toFixed(1), r.dropped, r.failed, r.completed, r.perServer.map(s=>s.served+':'+s.utilization.toFixed(2)).join(' '), (r.events/(performance.now()-t0)/1000).toFixed(2)+'M ev/s');
}
