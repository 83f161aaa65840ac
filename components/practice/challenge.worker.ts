/// <reference lib="webworker" />
import { handleRequest, type PracticeRequest } from './challenge-protocol';

// Runs challenge and simulation-card runs to the end off the main thread, so the page stays responsive.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (e: MessageEvent<PracticeRequest>) => {
  scope.postMessage(handleRequest(e.data));
};
