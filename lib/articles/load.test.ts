import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles, parseArticleFile, resolveDataDir, serializeArticle } from './index';
import { findExplicitDates, inferPublished } from './infer-date';

const ROOT = path.resolve(__dirname, '..', '..');
const SHARED = path.resolve(ROOT, '..', 'shared');

const fm = (fields: Record<string, string>, body = 'Some news text on Monday.\n') =>
  `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n${body}`;
const GOOD = { id: 'a1', title: 'A title', publisher: 'Wire', url: 'https://example.com/a', published: '2023-10-14', language: 'en' };

function expectError(file: string, content: string, field: string | null) {
  const r = parseArticleFile(file, content);
  expect(r.article).toBeNull();
  const e = r.problems.find((p) => p.severity === 'error');
  expect(e, JSON.stringify(r.problems)).toBeDefined();
  expect(e!.file).toBe(file);
  expect(e!.field).toBe(field);
  expect(e!.message).toContain(file);
  if (field) expect(e!.message).toContain(field);
  return e!;
}

describe('seed articles', () => {
  it('load with text equal to the seed file, byte for byte, and metadata from the fixture', async () => {
    const meta = JSON.parse(await fs.readFile(path.join(SHARED, 'fixtures', 'seed-articles.json'), 'utf8'));
    const { articles, problems } = await loadArticles(path.join(ROOT, 'data', 'articles'));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    for (const m of meta.articles) {
      const a = articles.find((x) => x.id === m.id);
      expect(a, m.id).toBeDefined();
      expect(a!.text).toBe(await fs.readFile(path.join(SHARED, 'seeds', m.file), 'utf8'));
      expect(a!.published).toBe(m.published);
      expect(a!.publishedRange).toEqual(m.publishedRange ?? null);
      expect(a!.publishedPrecision).toBe(m.publishedPrecision);
      expect(a!.publisher).toBe(m.publisher);
      expect(a!.title).toBe(m.title);
      expect(a!.url).toBe(m.url);
      expect(a!.timeZone).toBe(m.timeZone);
    }
  });
});

describe('parseArticleFile', () => {
  it('parses a good file and round-trips through serializeArticle', () => {
    const body = ' date 2023-10-15\nText --- with dashes\n---\nand a dash line.\n\n';
    const r = parseArticleFile('good.md', fm(GOOD, body));
    expect(r.problems).toEqual([]);
    expect(r.article!.text).toBe(body);
    expect(r.article!.publishedPrecision).toBe('day');
    const again = parseArticleFile('good.md', serializeArticle(r.article!));
    expect(again.article).toEqual(r.article);
  });
  it('date-time with offset → minute precision', () => {
    const r = parseArticleFile('t.md', fm({ ...GOOD, published: '2023-10-14T20:24:00-07:00' }));
    expect(r.article!.published).toBe('2023-10-14T20:24:00-07:00');
    expect(r.article!.publishedPrecision).toBe('minute');
  });
  it('rejects a missing front matter', () => expectError('nofm.md', 'Just text\n', null));
  it('rejects an unclosed front matter', () => expectError('open.md', '---\nid: x\ntitle: y\n', null));
  it('rejects unparseable YAML', () => expectError('yaml.md', '---\nid: [unclosed\n---\nText\n', null));
  it('rejects an impossible date (calendar check)', () => {
    const e = expectError('feb30.md', fm({ ...GOOD, published: '2023-02-30' }), 'published');
    expect(e.message).toMatch(/not a real calendar date/);
  });
  it('rejects an impossible date in a range', () =>
    expectError('range.md', fm({ id: 'r', title: 't', publisher: 'p', publishedRange: '{start: "2023-04-31", end: "2023-05-02"}' }), 'publishedRange.start'));
  it('rejects a bad UTC offset', () => expectError('off.md', fm({ ...GOOD, published: '2023-10-14T20:24:00+25:00' }), 'published'));
  it('rejects a date-time without an offset', () => {
    const e = expectError('nooff.md', fm({ ...GOOD, published: '2023-10-14T20:24:00' }), 'published');
    expect(e.message).toMatch(/UTC offset/);
  });
  it('unquoted YAML dates stay strings; an unquoted numeric id is rejected with a hint', () => {
    const r = parseArticleFile('plain.md', '---\nid: a\ntitle: T\npublisher: P\nurl: https://e.com\npublished: 2023-10-14T20:24:00-07:00\n---\nText\n');
    expect(r.article?.published).toBe('2023-10-14T20:24:00-07:00');
    const e = expectError('num.md', fm({ ...GOOD, id: '003' }), 'id');
    expect(e.message).toMatch(/must be a string/);
  });
  it('rejects a non-http(s) url', () => expectError('url.md', fm({ ...GOOD, url: 'javascript:alert(1)' }), 'url'));
  it('rejects an empty body', () => expectError('empty.md', fm(GOOD, '\n  \n'), 'body'));
  it('rejects a missing title', () => {
    const { title: _t, ...rest } = GOOD;
    void _t;
    expectError('notitle.md', fm(rest), 'title');
  });
  it('rejects a missing publisher', () => {
    const { publisher: _p, ...rest } = GOOD;
    void _p;
    expectError('nopub.md', fm(rest), 'publisher');
  });
  it('warns (and loads) on an unknown field and a missing url', () => {
    const { url: _u, ...rest } = GOOD;
    void _u;
    const r = parseArticleFile('w.md', fm({ ...rest, extra: '1' }));
    expect(r.article).not.toBeNull();
    expect(r.problems.map((p) => [p.field, p.severity])).toEqual([['extra', 'warning'], ['url', 'warning']]);
  });
});

describe('publication date inference', () => {
  const noDate = { id: 'n', title: 'T', publisher: 'P', url: 'https://e.com' };
  it('a dateline pins the day', () => {
    const r = parseArticleFile('dl.md', fm(noDate, ' date 2023-10-15\nBlinken spoke with Wang on Saturday.\n'));
    expect(r.article!.published).toBe('2023-10-15');
    expect(r.article!.publishedPrecision).toBe('inferred');
    expect(r.article!.publishedInferred!.reason).toMatch(/dateline/);
    const w = r.problems.find((p) => p.severity === 'warning' && p.field === 'published');
    expect(w!.message).toMatch(/inferred/);
  });
  it('"Oct. 14, 2023 —" dateline', () => {
    expect(inferPublished('WASHINGTON, Oct. 14, 2023 — The talks began on Monday, June 5, 2022.')!.published).toBe('2023-10-14');
  });
  it('otherwise the latest explicit date, with its reason', () => {
    const i = inferPublished('The war began on October 7, 2023. Talks were held on 12 November 2023 and on 2023-11-02.');
    expect(i).toEqual({ published: '2023-11-12', from: '12 November 2023', reason: 'latest explicit date in the text' });
  });
  it('seed 003 without metadata: its " date 2023-10-15" line is the dateline', async () => {
    const text = await fs.readFile(path.join(SHARED, 'seeds', '003_18682b01c2d0275e.txt'), 'utf8');
    expect(inferPublished(text)).toEqual({ published: '2023-10-15', from: 'date 2023-10-15', reason: 'dateline at the start of the text' });
  });
  it('a date deep in the text is not a dateline', () => {
    const text = `${'Officials met on Monday. '.repeat(12)}The war began on October 7, 2023.`;
    expect(inferPublished(text)?.reason).toBe('latest explicit date in the text');
  });
  it('ignores impossible dates in the text', () => {
    expect(findExplicitDates('on February 30, 2023 and 2023-13-01')).toEqual([]);
  });
  it('leaves the article out when nothing pins the date down', () =>
    expectError('nodate.md', fm(noDate, 'Talks were held on Monday, last month.\n'), 'published'));
});

describe('loadArticles', () => {
  it('leaves bad files and duplicate ids out; the rest still load', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'articles-'));
    await fs.writeFile(path.join(dir, 'a.md'), fm(GOOD));
    await fs.writeFile(path.join(dir, 'b.md'), fm({ ...GOOD, title: 'Dup' }));
    await fs.writeFile(path.join(dir, 'c.md'), fm({ ...GOOD, id: 'c', published: '2023-02-30' }));
    await fs.writeFile(path.join(dir, 'd.md'), fm({ ...GOOD, id: 'd' }));
    await fs.writeFile(path.join(dir, 'ignored.txt'), 'not an article');
    const r = await loadArticles(dir);
    expect(r.articles.map((a) => a.file)).toEqual(['a.md', 'd.md']);
    const errs = r.problems.filter((p) => p.severity === 'error');
    expect(errs.map((p) => [p.file, p.field])).toEqual([['b.md', 'id'], ['c.md', 'published']]);
    expect(errs[0]?.message).toMatch(/duplicate id "a1".*a\.md/);
  });
  it('reports a missing directory', async () => {
    const r = await loadArticles('/nonexistent/dir');
    expect(r.articles).toEqual([]);
    expect(r.problems[0]?.severity).toBe('error');
  });
  it('resolveDataDir honours TIMELINE_DATA_DIR relative to cwd', () => {
    expect(resolveDataDir({ TIMELINE_DATA_DIR: 'x/y' })).toBe(path.resolve(process.cwd(), 'x/y'));
    expect(resolveDataDir({})).toBe(path.join(process.cwd(), 'data', 'articles'));
  });
});
