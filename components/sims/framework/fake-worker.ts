import type { WorkerMessage, WorkerResponse } from './worker-protocol';

/**
 * A stand-in for the browser's Worker in unit tests: records what it is sent, answers when the
 * test says. `installFakeWorker()` puts it on `globalThis` and returns the function that restores
 * the real one.
 *
 * @example
 * afterAll(installFakeWorker());
 * FakeWorker.made.at(-1)!.answer({ id: 1, kind: 'done', result });
 */
export class FakeWorker {
  static made: FakeWorker[] = [];
  sent: WorkerMessage[] = [];
  terminated = false;
  onmessage: ((e: { data: WorkerResponse }) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(req: WorkerMessage) {
    this.sent.push(req);
  }
  terminate() {
    this.terminated = true;
  }
  answer(msg: WorkerResponse) {
    this.onmessage?.({ data: msg });
  }
}

export function installFakeWorker(): () => void {
  const g = globalThis as { Worker?: unknown };
  const saved = g.Worker;
  g.Worker = FakeWorker;
  return () => {
    g.Worker = saved;
  };
}
