/** Longest run of characters without a space shown in a notice; longer ones are cut with "…". */
export const NOTICE_WORD_CHARS = 60;
/** Longest notice shown, in characters (room for the longest generated sentence, e.g. a work-budget notice naming what to lower). */
export const NOTICE_CHARS = 600;

/**
 * A notice made safe to show: a value pasted into a link can be thousands of characters long, and
 * echoing it whole makes the notice tens of thousands of pixels wide. Each over-long word (usually
 * the echoed value) keeps its start and says how long it was; the whole notice is capped too.
 *
 * @example
 * shortenNotice(`workers must be between 1 and 64, got "${'9'.repeat(7000)}"`)
 * // 'workers must be between 1 and 64, got "999…(7,002 characters)'
 */
export function shortenNotice(text: string): string {
  const words = text.replace(new RegExp(`\\S{${NOTICE_WORD_CHARS + 1},}`, 'g'), (word) => `${word.slice(0, NOTICE_WORD_CHARS - 20)}…(${word.length.toLocaleString('en-US')} characters)`);
  return words.length > NOTICE_CHARS ? `${words.slice(0, NOTICE_CHARS - 1)}…` : words;
}
