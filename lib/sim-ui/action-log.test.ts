import { describe, expect, it } from 'vitest';
import { decodeActionLog, encodeActionLog, parseTryActs } from './action-log';

describe('action log in share links', () => {
  it('round-trips kills, revives and added servers at exact sim times', () => {
    const log = [
      { atMs: 5123.456789, action: { type: 'kill' as const, server: 1 } },
      { atMs: 8000, action: { type: 'revive' as const, server: 1 } },
      { atMs: 9000, action: { type: 'add-server' as const } },
    ];
    const text = encodeActionLog(log);
    expect(text).toBe('kill2@5123.456789,revive2@8000,add@9000');
    expect(decodeActionLog(text!, ['kill', 'revive', 'add-server'])).toEqual({ actions: log, problems: [] });
    expect(encodeActionLog([])).toBeNull();
  });

  it('round-trips whole-system faults and refuses them where the model has none', () => {
    const log = [
      { atMs: 3000, action: { type: 'kill' as const, server: 0 } },
      { atMs: 12_000, action: { type: 'fault' as const, fault: 'cache-restart' as const } },
      { atMs: 20_000, action: { type: 'fault' as const, fault: 'primary-fail' as const } },
    ];
    const text = encodeActionLog(log);
    expect(text).toBe('kill1@3000,cache-restart@12000,primary-fail@20000');
    expect(decodeActionLog(text!, ['kill', 'fault'])).toEqual({ actions: log, problems: [] });
    expect(decodeActionLog('cache-restart@5', ['kill', 'revive']).actions).toEqual([]);
  });

  it('drops bad entries with a readable reason and keeps the good ones', () => {
    const r = decodeActionLog('kill2@100,zap@1,kill0@5,add@50', ['kill', 'revive']);
    expect(r.actions).toEqual([{ atMs: 100, action: { type: 'kill', server: 1 } }]);
    expect(r.problems).toEqual([
      'The link’s action “zap@1” is not an action this simulation knows (it takes kill2@5000 (kill server 2 at 5 s), revive2@8000 (bring server 2 back at 8 s)); dropped',
      'The link’s action “kill0@5” names server 0, but servers are numbered from 1; dropped',
      'The link’s action “add@50” is not something this simulation can do (it takes kill2@5000 (kill server 2 at 5 s), revive2@8000 (bring server 2 back at 8 s)); dropped',
    ]);
  });
});

describe('<Try act> text', () => {
  it('reads actions with optional times in s or ms', () => {
    expect(parseTryActs('kill 2 at 5s, revive server 2 at 7500 ms then add shard').acts).toEqual([
      { action: { type: 'kill', server: 1 }, atMs: 5000 },
      { action: { type: 'revive', server: 1 }, atMs: 7500 },
      { action: { type: 'add-server' }, atMs: undefined },
    ]);
  });
  it('reads the whole-system faults, with or without a time', () => {
    expect(parseTryActs('restart the cache at 500s, then fail the primary').acts).toEqual([
      { action: { type: 'fault', fault: 'cache-restart' }, atMs: 500_000 },
      { action: { type: 'fault', fault: 'primary-fail' }, atMs: undefined },
    ]);
    expect(parseTryActs('Restart cache at 250 ms').acts).toEqual([{ action: { type: 'fault', fault: 'cache-restart' }, atMs: 250 }]);
    expect(parseTryActs('restart the primary').problems).toHaveLength(1);
  });
  it('names what it cannot read', () => {
    expect(parseTryActs('explode 2').problems).toEqual(['"explode 2" is not an action; write "kill 2", "revive 2", "add server", "add shard", "restart the cache" or "fail the primary", optionally with "at 5s"']);
  });
});
