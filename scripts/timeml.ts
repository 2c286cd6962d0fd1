/**
 * TimeML (.tml) reading and TempEval-3-style TIMEX3 scoring, for scripts/eval-timeml.ts.
 *
 * Conventions follow the TempEval-3 entity scorer (evaluate_entities.py): only the TEXT element is
 * scored and the document creation time (the TIMEX3 with functionInDocument="CREATION_TIME", outside
 * TEXT) is not; a relaxed match is any overlap, a strict match the same extent; type and value accuracy
 * are computed over relaxed matches, and value F1 = relaxed F1 × value accuracy.
 */

export interface GoldTimex {
  /** Offsets into TimeMLDoc.text (JavaScript string indices), end exclusive. */
  start: number;
  end: number;
  text: string;
  tid: string;
  type: string;
  value: string;
  mod: string | null;
}

export interface TimeMLDoc {
  docId: string;
  /** DCT value as annotated (e.g. 2013-03-22 or 1998-02-13T14:35:00); null when the file has none. */
  dct: string | null;
  /** Content of the TEXT element with every tag removed and entities decoded. */
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(\w+));/g, (m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return ENTITIES[name ?? ''] ?? m;
  });
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]!] = decodeEntities(m[2] ?? m[3] ?? '');
  return out;
}

/** Parses a TimeML document. Throws with the reason when there is no TEXT element or tags do not nest. */
export function parseTimeML(xml: string): TimeMLDoc {
  const docId = decodeEntities(/<DOCID>([\s\S]*?)<\/DOCID>/.exec(xml)?.[1]?.trim() ?? '');
  let dct: string | null = null;
  for (const m of xml.matchAll(/<TIMEX3\b[^>]*>/g)) {
    const a = attributes(m[0]);
    if (a.functionInDocument === 'CREATION_TIME') { dct = a.value ?? null; break; }
  }
  const open = /<TEXT\b[^>]*>/.exec(xml);
  const close = xml.lastIndexOf('</TEXT>');
  if (!open || close < open.index) throw new Error('no <TEXT> element');
  const body = xml.slice(open.index + open[0].length, close);

  let text = '';
  const timexes: GoldTimex[] = [];
  const stack: Array<{ name: string; attrs: Record<string, string>; start: number }> = [];
  const tagRe = /<(\/?)([A-Za-z][\w:-]*)([^>]*?)(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g;
  let last = 0;
  for (let m = tagRe.exec(body); m; m = tagRe.exec(body)) {
    text += decodeEntities(body.slice(last, m.index));
    last = m.index + m[0].length;
    const name = m[2];
    if (!name) continue; // comment or processing instruction
    if (m[4]) continue; // self-closing: no content
    if (!m[1]) { stack.push({ name, attrs: attributes(m[3] ?? ''), start: text.length }); continue; }
    const top = stack.pop();
    if (!top || top.name !== name) throw new Error(`</${name}> does not close ${top ? `<${top.name}>` : 'anything'}`);
    if (name === 'TIMEX3' && top.attrs.functionInDocument !== 'CREATION_TIME') {
      timexes.push({
        start: top.start, end: text.length, text: text.slice(top.start, text.length), tid: top.attrs.tid ?? '',
        type: top.attrs.type ?? '', value: top.attrs.value ?? '', mod: top.attrs.mod || null,
      });
    }
  }
  text += decodeEntities(body.slice(last));
  if (stack.length > 0) throw new Error(`<${stack[stack.length - 1]!.name}> is not closed`);
  timexes.sort((a, b) => a.start - b.start);
  return { docId, dct, text, timexes };
}

// ---- scoring ---------------------------------------------------------------------------------------

export interface Span { start: number; end: number }
export interface SystemTimex extends Span { text: string; type?: string; value?: string; mod?: string | null }

export interface Match<S extends SystemTimex = SystemTimex> { gold: GoldTimex; sys: S; strict: boolean }

export interface DocScore<S extends SystemTimex = SystemTimex> {
  matches: Match<S>[];
  missed: GoldTimex[];
  spurious: S[];
}

/** Extent without surrounding whitespace, so a trailing space is not a different extent. */
function trimmed(text: string, s: Span): Span {
  let a = s.start;
  let b = s.end;
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  return { start: a, end: b };
}

/**
 * One-to-one alignment of system and gold expressions: exact extents first, then by largest overlap
 * (as the TimeML-Normalizer used by TempEval-3 links each system entity to at most one gold entity).
 */
export function alignDoc<S extends SystemTimex>(text: string, gold: readonly GoldTimex[], sys: readonly S[]): DocScore<S> {
  const pairs: Array<{ g: number; s: number; overlap: number; strict: boolean }> = [];
  gold.forEach((g, gi) => {
    const gt = trimmed(text, g);
    sys.forEach((s, si) => {
      const st = trimmed(text, s);
      const overlap = Math.min(gt.end, st.end) - Math.max(gt.start, st.start);
      if (overlap > 0) pairs.push({ g: gi, s: si, overlap, strict: gt.start === st.start && gt.end === st.end });
    });
  });
  pairs.sort((a, b) => Number(b.strict) - Number(a.strict) || b.overlap - a.overlap || a.g - b.g);
  const gUsed = new Set<number>();
  const sUsed = new Set<number>();
  const matches: Match<S>[] = [];
  for (const p of pairs) {
    if (gUsed.has(p.g) || sUsed.has(p.s)) continue;
    gUsed.add(p.g);
    sUsed.add(p.s);
    matches.push({ gold: gold[p.g]!, sys: sys[p.s]!, strict: p.strict });
  }
  matches.sort((a, b) => a.gold.start - b.gold.start);
  return { matches, missed: gold.filter((_, i) => !gUsed.has(i)), spurious: sys.filter((_, i) => !sUsed.has(i)) };
}

export interface Totals { gold: number; sys: number; relaxed: number; strict: number; type: number; value: number }

export const emptyTotals = (): Totals => ({ gold: 0, sys: 0, relaxed: 0, strict: 0, type: 0, value: 0 });

export function addScore(t: Totals, d: DocScore): void {
  t.gold += d.matches.length + d.missed.length;
  t.sys += d.matches.length + d.spurious.length;
  t.relaxed += d.matches.length;
  for (const m of d.matches) {
    if (m.strict) t.strict++;
    if (m.sys.type !== undefined && m.sys.type === m.gold.type) t.type++;
    if (m.sys.value !== undefined && m.sys.value === m.gold.value) t.value++;
  }
}

export interface Figures {
  strict: { p: number; r: number; f1: number };
  relaxed: { p: number; r: number; f1: number };
  typeAccuracy: number;
  valueAccuracy: number;
  /** Relaxed match with the same value: relaxed F1 × value accuracy (TempEval-3 attribute F1). */
  valueF1: number;
  typeF1: number;
}

const prf = (hit: number, sys: number, gold: number): { p: number; r: number; f1: number } => {
  const p = sys ? hit / sys : 0;
  const r = gold ? hit / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

export function figures(t: Totals): Figures {
  const relaxed = prf(t.relaxed, t.sys, t.gold);
  const typeAccuracy = t.relaxed ? t.type / t.relaxed : 0;
  const valueAccuracy = t.relaxed ? t.value / t.relaxed : 0;
  return {
    strict: prf(t.strict, t.sys, t.gold), relaxed, typeAccuracy, valueAccuracy,
    valueF1: relaxed.f1 * valueAccuracy, typeF1: relaxed.f1 * typeAccuracy,
  };
}
