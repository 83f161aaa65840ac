import { SessionsSim, sessionsSchema } from './models/sessions';
for (const sessionMode of ['local', 'sticky', 'shared'] as const) for (const extra of [{}, {killServer: 1}, {addServerAtMs: 30000}]) {
  const t0 = performance.now();
  const r = new SessionsSim(sessionsSchema.parse({ sessionMode, ...extra })).runToEnd();
  console.log(sessionMode, JSON.stringify(extra), r.meanResponseMs.toFixed(2), r.noSessionRequests, r.lostSessions, r.loadImbalance.toFixed(2), r.dropped, r.stevePath.slice(0,10).join(','), r.perServer.map(s=>s.served).join(' '), (r.events/(performance.now()-t0)/1000).toFixed(2)+'M ev/s');
}
