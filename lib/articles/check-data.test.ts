import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, parseArgs, report } from '../../scripts/check-data';

describe('check-data', () => {
  it('parses --data DIR and --data=DIR', () => {
    expect(parseArgs(['--data', 'x'], {})).toEqual({ dataDir: path.resolve('x') });
    expect(parseArgs(['--', '--data=y'], {})).toEqual({ dataDir: path.resolve('y') });
    expect(parseArgs([], {})).toEqual({ dataDir: path.join(process.cwd(), 'data', 'articles') });
    expect(parseArgs(['--bogus'], {})).toHaveProperty('error');
  });
  it('reports problems and exits non-zero on errors', () => {
    const bad = { file: 'b.md', field: 'published', message: 'b.md (published): bad', severity: 'error' as const };
    const r = report('/d', { articles: [], problems: [bad] });
    expect(r.exitCode).toBe(1);
    expect(r.lines[0]).toBe(formatProblem(bad));
    expect(r.lines[0]).toContain('b.md');
    expect(r.lines[0]).toContain('published');
    expect(r.lines.at(-1)).toMatch(/^FAILED/);
  });
  it('one-line OK summary when there are only warnings', () => {
    const r = report('/d', { articles: [], problems: [] });
    expect(r).toEqual({ lines: ['OK: 0 article(s) loaded from /d; 0 error(s), 0 warning(s)'], exitCode: 0 });
  });
});
