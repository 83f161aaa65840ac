/// <reference lib="webworker" />
import { runChallenge, type ChallengeReply, type ChallengeRequest } from './challenge-protocol';

// Runs challenge simulations to the end off the main thread, so sliders stay responsive.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (e: MessageEvent<ChallengeRequest>) => {
  const { id, challengeId, values } = e.data;
  scope.postMessage({ id, outcome: runChallenge(challengeId, values) } satisfies ChallengeReply);
};
