import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', '.next-*/**', 'out/**', 'coverage/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
  },
  {
    // The engine is shared by Node, a Web Worker and the page: keep it free of wall clocks and Math.random.
    files: ['lib/sim/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded PRNG in lib/sim (determinism).' },
        { object: 'Date', property: 'now', message: 'The simulation clock is simulated time, never the wall clock.' },
        { object: 'performance', property: 'now', message: 'The simulation clock is simulated time, never the wall clock.' },
      ],
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', 'react/*', 'next', 'next/*'] }],
    },
  },
];

export default config;
