// Vitest stand-in for the 'server-only' guard package.
export {};
