/**
 * Chart drawing, one chart per task. A chart that has new data asks for a turn; turns run one at a
 * time, each in a task of its own (a message on a MessageChannel: no timer clamping), so on a slow
 * phone two charts never draw in the same task as each other, nor in the animation frame that
 * advanced the simulation and refreshed its numbers. A chart asking again before its turn only
 * updates what its turn will do (the latest data is drawn once).
 */

const waiting = new Map<object, () => void>();
let posted = false;
let channel: MessageChannel | null = null;

function runOne(): void {
  posted = false;
  const next = waiting.entries().next();
  if (next.done) return;
  const [owner, draw] = next.value;
  waiting.delete(owner);
  // another turn is posted first, so one chart that throws does not stop the others
  if (waiting.size) post();
  draw();
}

function post(): void {
  if (posted) return;
  posted = true;
  if (typeof MessageChannel === 'undefined') {
    setTimeout(runOne, 0);
    return;
  }
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = runOne;
  }
  channel.port2.postMessage(null);
}

/** Runs `draw` in a task of its own, after the turns already waiting; replaces `owner`'s waiting turn if it has one. */
export function requestDraw(owner: object, draw: () => void): void {
  waiting.set(owner, draw);
  post();
}

/** Drops `owner`'s waiting turn (a chart that unmounts). */
export function cancelDraw(owner: object): void {
  waiting.delete(owner);
}
