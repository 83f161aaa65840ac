import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memoryStorage } from '@/lib/progress/storage';
import { designSchema, type Design } from '@/lib/sim/design/schema';
import { starterDesign } from './blank';
import { boxSummary } from './describe';
import { designJson, readDraft, readDraftText } from './draft';
import { layoutDesign } from './layout';
import { AUTOSAVE_KEY, readAutosave, readSaves, SAVES_KEY, saveNamed, writeAutosave } from './saves';
import { decodeShare, encodeShare } from './share';
import { designSvg } from './svg';

const example = () => designSchema.parse(JSON.parse(readFileSync('examples/designs/url-shortener.json', 'utf8'))) as Design;

describe('JSON files', () => {
  it('export then import gives the same design, unfinished drawings included', () => {
    for (const d of [example(), starterDesign()]) expect(readDraftText(designJson(d))).toEqual({ ok: true, design: d });
  });

  it('a file in another format is refused with the JSON path and what is allowed', () => {
    expect(readDraftText('{')).toMatchObject({ ok: false, problems: [expect.stringMatching(/^the file is not JSON/)] });
    const r = readDraft({ ...example(), version: 2, extra: 1 });
    expect(r).toEqual({ ok: false, problems: ['version must be 1 (the only design format version)', 'the design has unknown key(s) "extra"'] });
    const bad = readDraft({ ...example(), components: [{ id: 'x', kind: 'rocket', label: 'X' }] });
    expect(bad.ok).toBe(false);
  });
});

describe('share links', () => {
  it('carry the design, the faults at their times and the B lane, compressed', async () => {
    const d = example();
    const b = { ...d, components: d.components.map((c) => (c.kind === 'service' ? { ...c, machines: 6 } : c)), run: { ...d.run, seed: 99 } };
    const actions = [{ atMs: 120_000.5, action: { type: 'kill-machine' as const, target: 'app', machine: 1 } }];
    const text = await encodeShare({ design: d, actions, compare: b, run: true });
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(text.length).toBeLessThan(JSON.stringify(d).length);
    const r = await decodeShare(text);
    // B runs on A's random stream, whatever the link says
    expect(r).toEqual({ ok: true, problems: [], shared: { design: d, actions, compare: { ...b, run: d.run }, run: true } });
  });

  it('a damaged link says so; a bad fault is left out and named, the rest still applies', async () => {
    expect(await decodeShare('not-a-link')).toEqual({ ok: false, problems: ['The link is damaged (it could not be unpacked); check that it was copied whole'] });
    const text = await encodeShare({ design: example(), actions: [{ atMs: 5, action: { type: 'zap' } as never }, { atMs: 9, action: { type: 'surge', multiplier: 2, hours: 1 } }], run: false });
    const r = await decodeShare(text);
    expect(r.ok && r.shared.actions).toEqual([{ atMs: 9, action: { type: 'surge', multiplier: 2, hours: 1 } }]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatch(/^fault 1 of the link was left out/);
  });
});

describe('browser storage', () => {
  it('autosave round-trips; unreadable data is copied aside, never written over', () => {
    const web = memoryStorage();
    expect(writeAutosave(web, AUTOSAVE_KEY, example())).toEqual({ saved: true });
    expect(readAutosave(web, AUTOSAVE_KEY).design).toEqual(example());
    web.setItem(AUTOSAVE_KEY, '{"savedAt":"x","design":{"version":7}}');
    const now = new Date('2026-01-02T03:04:05.000Z');
    const r = readAutosave(web, AUTOSAVE_KEY, now);
    expect(r.design).toBeNull();
    expect(r.aside?.backupKey).toBe('prepup-studio-backup-prepup-studio-2026-01-02T03:04:05.000Z');
    expect(web.getItem(r.aside!.backupKey!)).toBe('{"savedAt":"x","design":{"version":7}}');
    expect(web.getItem(AUTOSAVE_KEY)).toBeNull();
  });

  it('a refused write is reported as full or blocked', () => {
    const full = { ...memoryStorage(), setItem: () => { throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' }); } };
    expect(writeAutosave(full, AUTOSAVE_KEY, example())).toEqual({ saved: false, reason: 'full' });
    const blocked = { ...memoryStorage(), setItem: () => { throw new Error('SecurityError'); } };
    expect(saveNamed(blocked, 'x', example()).outcome).toEqual({ saved: false, reason: 'blocked' });
  });

  it('named saves: newest first, same name replaces; an unreadable list is set aside before the first write', () => {
    const web = memoryStorage();
    saveNamed(web, 'a', example(), new Date('2026-01-01T00:00:00Z'));
    saveNamed(web, 'b', starterDesign(), new Date('2026-01-02T00:00:00Z'));
    const r = saveNamed(web, 'a', starterDesign(), new Date('2026-01-03T00:00:00Z'));
    expect(r.saves.map((s) => s.name)).toEqual(['a', 'b']);
    expect(readSaves(web).saves[0]?.design).toEqual(starterDesign());
    web.setItem(SAVES_KEY, 'garbage');
    const after = saveNamed(web, 'c', example(), new Date('2026-01-04T00:00:00Z'));
    expect(after.aside?.backupKey).toMatch(/^prepup-studio-backup-prepup-studio-saves-/);
    expect(web.getItem(after.aside!.backupKey!)).toBe('garbage');
    expect(after.saves.map((s) => s.name)).toEqual(['c']);
  });
});

describe('SVG export', () => {
  it('draws every box with its name and size and every arrow', () => {
    const d = example();
    const { svg, width, height } = designSvg(d, layoutDesign(d, 'LR'));
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    for (const c of d.components) expect(svg).toContain(`>${c.label}</text>`);
    const app = d.components.find((c) => c.kind === 'service')!;
    expect(svg).toContain(`>${boxSummary(app)}</text>`);
    expect(boxSummary(app)).toMatch(/^\d+ × [SMLX]+ machines?$/);
    expect(svg.match(/<line /g)).toHaveLength(d.connections.length);
    expect(width).toBeGreaterThan(900);
    expect(height).toBeGreaterThan(76);
  });
});
