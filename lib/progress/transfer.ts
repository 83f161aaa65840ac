import { checkImport, type ImportRules } from './import-check';
import { readProgressText, toEnvelope } from './migrate';
import type { ProgressData } from './schema';

/** Largest file accepted for import; real progress is a few kilobytes. */
export const MAX_IMPORT_BYTES = 2_000_000;

/**
 * The export file: the same envelope as localStorage, with the time of export.
 *
 * @example
 * const { fileName, text } = exportProgress(data, new Date('2026-01-02T03:04:05Z'));
 * fileName; // 'prepup-progress-2026-01-02.json'
 */
export function exportProgress(data: ProgressData, now: Date): { fileName: string; text: string } {
  const exportedAt = now.toISOString();
  return { fileName: `prepup-progress-${exportedAt.slice(0, 10)}.json`, text: `${JSON.stringify(toEnvelope(data, { exportedAt }), null, 2)}\n` };
}

/** Outcome of reading an import file; on failure `message` is ready to show. `skipped`: one line per entry left out. */
export type ImportResult = { ok: true; data: ProgressData; migratedFrom?: number; skipped: string[] } | { ok: false; message: string };

/**
 * Validates an import file with the progress schema (migrating older versions), then — given the
 * course's rules — drops entries that cannot be real (unknown ids, impossible values, future
 * dates) and lists them in `skipped`. Nothing is changed here: the caller replaces the store only
 * on success.
 */
export function importProgress(text: string, fileName = 'the file', check?: { rules: ImportRules; now: Date }): ImportResult {
  const unchanged = 'Your current progress is unchanged.';
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, message: `Could not import ${fileName}: it is too large to be a progress file. ${unchanged}` };
  const result = readProgressText(text);
  if (!result.ok) return { ok: false, message: `Could not import ${fileName}: ${result.reason}. ${unchanged}` };
  const { data, skipped } = check ? checkImport(result.data, check.rules, check.now) : { data: result.data, skipped: [] };
  return result.migratedFrom !== undefined ? { ok: true, data, migratedFrom: result.migratedFrom, skipped } : { ok: true, data, skipped };
}

/** The sentence shown after an import that left entries out: how many, and the first few reasons. */
export function skippedMessage(skipped: readonly string[], shown = 5): string {
  if (skipped.length === 0) return '';
  const more = skipped.length > shown ? `; and ${skipped.length - shown} more` : '';
  return ` Left out ${skipped.length} ${skipped.length === 1 ? 'entry' : 'entries'} that cannot come from this course: ${skipped.slice(0, shown).join('; ')}${more}.`;
}
