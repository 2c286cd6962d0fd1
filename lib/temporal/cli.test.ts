import { describe, expect, it } from 'vitest';
import { formatTable, parseArgs, processJsonl, runText } from './cli';

describe('CLI logic', () => {
  it('processes JSON lines in order and reports bad lines by number', () => {
    const res = processJsonl([
      JSON.stringify({ id: 'a', published: '2023-10-14', text: 'on Saturday' }),
      'not json',
      JSON.stringify({ id: 'c', published: '2023-02-30', text: 'x' }),
      JSON.stringify({ id: 'd' }),
      JSON.stringify({ id: 'e', text: 'in 2019' }),
    ]);
    expect(res.stdout.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['a', 'e']);
    expect(res.stderr[0]).toMatch(/^line 2: /);
    expect(res.stderr[1]).toMatch(/^line 3: .*2023-02-30/);
    expect(res.stderr[2]).toMatch(/^line 4: .*text/);
    expect(res.exitCode).not.toBe(0);
    const first = JSON.parse(res.stdout[0]!) as { timexes: Array<{ value: string }> };
    expect(first.timexes[0]!.value).toBe('2023-10-14');
  });
  it('exits 0 when every line is fine', () => {
    expect(processJsonl([JSON.stringify({ id: 1, published: null, text: 'today' })]).exitCode).toBe(0);
  });
  it('rejects a bad --published with exit 2 and a clear message', () => {
    const res = runText(parseArgs(['--published', 'yesterday', 'text']));
    expect(res.exitCode).toBe(2);
    expect(res.stderr[0]).toMatch(/"yesterday".*expected an ISO date/);
  });
  it('prints an aligned table', () => {
    const res = runText(parseArgs(['--published', '2023-10-15T09:00:00-04:00', 'It happened last month.']));
    expect(res.exitCode).toBe(0);
    expect(res.stdout[0]).toMatch(/^text\s+type\s+value/);
    expect(res.stdout[0]).toContain('2023-09');
    expect(formatTable([])).toMatch(/no temporal/);
  });
});
