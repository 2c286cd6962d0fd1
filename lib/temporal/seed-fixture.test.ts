import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize } from './index';

const SHARED = path.resolve(__dirname, '../../..', 'shared');
interface Gold { text: string; start: number; end: number; value: string; acceptAlso: string[]; mod: string | null; granularity: string; interval: { start: string; end: string | null } | null }
const fixture = JSON.parse(fs.readFileSync(path.join(SHARED, 'fixtures/seed-timexes.json'), 'utf8')) as { articles: Array<{ article: string; file: string; timexes: Gold[] }> };
const articles = JSON.parse(fs.readFileSync(path.join(SHARED, 'fixtures/seed-articles.json'), 'utf8')) as { articles: Array<{ id: string; published: string | null }> };

describe('seed fixture (acceptance truth)', () => {
  for (const a of fixture.articles) {
    it(`article ${a.article}: every gold expression, nothing else`, () => {
      const text = fs.readFileSync(path.join(SHARED, 'seeds', a.file), 'utf8');
      const published = articles.articles.find((x) => x.id === a.article)?.published ?? undefined;
      const got = normalize(text, published ? { published } : {});
      for (const g of a.timexes) {
        const t = got.find((x) => x.start === g.start && x.end === g.end);
        expect(t, `missing ${g.text}@${g.start}`).toBeDefined();
        expect([g.value, ...g.acceptAlso]).toContain(t!.value);
        expect(t!.text).toBe(g.text);
        expect(t!.granularity).toBe(g.granularity);
        expect(t!.mod).toBe(g.mod);
        if (g.interval && g.interval.end !== null && !g.mod) expect(t!.interval?.start).toBe(g.interval.start);
      }
      const extra = got.filter((t) => !a.timexes.some((g) => g.start === t.start && g.end === t.end));
      expect(extra.map((t) => t.text)).toEqual([]);
    });
  }
});
