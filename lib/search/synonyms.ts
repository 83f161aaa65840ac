import type { Query } from 'minisearch';

/**
 * Words a learner may search with that the course says another way: each group is one idea.
 * The course's own word comes first. Matching ignores case and punctuation ("dog-piling" =
 * "dog piling").
 */
export const SYNONYMS: readonly (readonly string[])[] = [
  ['stampede', 'thundering herd', 'dog-piling', 'dogpile'],
  ['scale up', 'vertical scaling', 'scaling up'],
  ['scale out', 'horizontal scaling', 'scaling out'],
  ['sharding', 'partitioning'],
  ['sticky sessions', 'session affinity'],
  ['primary', 'leader', 'master'],
  ['replica', 'follower', 'secondary'],
  ['p99', 'tail latency', '99th percentile'],
  ['cache-aside', 'lazy loading', 'look-aside'],
  ['TTL', 'time to live', 'expiry'],
  ['consistent hashing', 'hash ring'],
  ['job queue', 'message queue', 'task queue'],
];

/** Lower case, words separated by single spaces: the form phrases are compared in. */
const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\u2019']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The query as typed, or, when it names an idea by one of its other names, that query OR the same
 * query with each other name in its place. Every alternative keeps all its words (AND): "thundering
 * herd" finds the stampede sections, not every page that says "herd".
 *
 * @example
 * index.search(withSynonyms('thundering herd'), querySettings); // finds "Cache stampede"
 */
export function withSynonyms(query: string): Query {
  const q = ` ${words(query)} `;
  const alternatives = new Set<string>();
  for (const group of SYNONYMS) {
    for (const name of group) {
      const phrase = ` ${words(name)} `;
      if (!q.includes(phrase)) continue;
      for (const other of group) if (other !== name) alternatives.add(q.replace(phrase, ` ${words(other)} `).trim());
    }
  }
  alternatives.delete(q.trim());
  if (alternatives.size === 0) return query;
  return { combineWith: 'OR', queries: [query, ...alternatives].map((text) => ({ combineWith: 'AND', queries: [text] })) };
}
