import { describe, expect, it } from 'vitest';
import { NOTICE_CHARS, shortenNotice } from './notice-text';

describe('shortenNotice', () => {
  it('keeps ordinary notices as they are', () => {
    const text = 'workers must be between 1 and 10000 workers, got -5';
    expect(shortenNotice(text)).toBe(text);
  });

  it('cuts a 7,000-character value to its start and says how long it was', () => {
    const shown = shortenNotice(`workers must be between 1 and 64, got "${'9'.repeat(7000)}"`);
    expect(shown.startsWith('workers must be between 1 and 64, got "999')).toBe(true);
    expect(shown).toContain('…(7,002 characters)');
    expect(shown.length).toBeLessThan(120);
    expect(Math.max(...shown.split(' ').map((w) => w.length))).toBeLessThanOrEqual(60);
  });

  it('caps a notice made of many words', () => {
    expect(shortenNotice('word '.repeat(2000)).length).toBeLessThanOrEqual(NOTICE_CHARS);
  });
});
