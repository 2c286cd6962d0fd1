/**
 * A fast, general person-name finder (no NLP library): name-shaped runs of 2–4 capitalised words
 * (particles such as al-, bin, de, van allowed) in name-typical contexts —
 *   - after a title ("Foreign Minister X Y", "spokesman X Y", "Israeli counterpart X Y", "leader X Y"), or
 *   - followed by a reporting verb, an apposition or a possessive ("X Y said", "X Y, who", "X Y, the", "X Y’s").
 * Runs containing place/organisation/title/junk words ("Middle East", "Red Sea", "State Department",
 * "Read More") and capitals that only start a sentence (a word the text also uses in lowercase) are not names.
 * Measured against compromise on the seeds in measure.test.ts (see README.md).
 */

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Titles and roles: stripped from the front of a run, and mark the run as a person when present. */
export const TITLE_WORDS = new Set(
  words(`president vice prime minister ministers secretary secretary-general undersecretary under-secretary spokesman spokeswoman
  spokesperson adviser advisor advisers envoy ambassador director director-general deputy chief head chairman chairwoman chair
  prince princess king queen crown sheikh emir sultan ayatollah pope cardinal bishop rabbi imam sen. senator rep. representative
  gov. governor mayor general gen. lt. col. colonel major commander admiral chancellor premier president-elect counterpart leader
  leaders mr. mrs. ms. dr. mr mrs ms dr prof. professor judge justice attorney lawyer officer official diplomat negotiator
  special supreme top senior assistant associate executive acting former late interim lord lady dame sir speaker
  foreign defense defence interior finance trade national security state affairs`),
);
/** Lowercase words right before a run that make it a person ("said spokesman X Y", "his counterpart X Y"). */
const PRECEDING_TITLES = new Set(
  words(`spokesman spokeswoman spokesperson counterpart leader envoy minister secretary president adviser advisor ambassador
  director chief official diplomat negotiator premier chancellor senator governor mayor general commander analyst professor
  correspondent reporter editor author researcher founder ceo chairman emir sheikh prince king queen told`),
);
/** Words that make a run a place, organisation or heading rather than a person (general, not seed-specific). */
const NOT_PERSON_WORDS = new Set(
  words(`middle east west north south eastern western northern southern central red sea strip bank gulf ocean river lake mountains
  mount valley island islands peninsula coast desert city county province region district state states department ministry
  house council nations united union republic kingdom emirates federation assembly parliament congress senate court committee
  commission office agency bureau service services forces force army navy guard corps police party movement front brigade
  brigades organization organisation association institute university college school hospital bank fund group company
  corporation inc. ltd. news post times journal daily press tv radio network channel magazine reuters afp ap bloomberg xinhua
  read more photo photos video getty images copyright advertisement subscribe sign newsletter share comments related
  street square road avenue airport port border crossing camp center centre hall palace tower summit conference forum
  talks war conflict crisis agreement accord treaty deal plan initiative act law day week monday tuesday wednesday thursday friday
  saturday sunday january february march april may june july august september october november december
  god allah islam islamic christian jewish muslim arab arabs asia asian europe european africa african america american americas
  pacific atlantic indian ministry's affairs international global world
  new york hong kong los angeles san francisco santa tel aviv dhabi kuala lumpur buenos aires janeiro paulo cape town addis ababa
  lanka costa rica puerto salvador zealand delhi vegas petersburg phnom penh salaam jerusalem beirut damascus baghdad cairo
  tehran riyadh doha amman ankara istanbul moscow kyiv kiev london paris berlin brussels geneva vienna tokyo beijing shanghai
  motors airlines airways holdings energy systems technologies pharmaceuticals partners capital inc corp co. ltd llc plc
  rights watch human amnesty jazeera arabiya cnn bbc fox msnbc guardian telegraph independent haaretz tass yonhap kyodo
  hurricane typhoon cyclone storm operation festival olympics cup league championship prize award awards`),
);
/** Lowercase particles inside names. */
const PARTICLES = new Set(words('al bin bint ibn abu de da di del della der den van von la le du dos das el y'));

export interface NameFinderOptions {
  /** Extra words meaning "not a person" (e.g. every word of the actor table's states and organisations). */
  notPersonWords?: Set<string>;
  /** Extra title words (e.g. the actor table's person titles, split into words). */
  titleWords?: Set<string>;
}

export interface NameCandidate {
  name: string;
  start: number;
  end: number;
}

// A capitalised word (incl. "al-Maliki", "O'Brien", "Jean-Yves", "U.S."), then more, with particles between.
// Written without the u flag (explicit Latin/Greek/Cyrillic ranges instead of \p{Lu}/\p{L}): ~6× faster in V8.
// The upper-case range is a superset (Latin Extended-A/B mix cases); every name word is checked with \p{Lu} below.
const UP = '[A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u024F\\u0391-\\u03A9\\u0400-\\u042F]';
const LETTER = "[A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF’'.-]";
const CAP = `(?:(?:al|el|ad|as|ash|an|bin|ibn|abu)-)?${UP}${LETTER}*`;
const PART = '(?:al|bin|bint|ibn|abu|de|da|di|del|della|der|den|van|von|la|le|du|dos|das|el|y)';
const RUN = new RegExp(`(?<![A-Za-z0-9\\u00C0-\\u04FF’'-])${CAP}(?:[ \\t]+(?:${PART}[ \\t]+){0,2}${CAP})+`, 'g');
const AFTER_PERSON = /^(?:[’']s?(?![\p{L}])|\s+(?:said|says|told|added|stated|wrote|warned|noted|explained|stressed|urged|called|asked|replied|responded|announced|insisted|argued|tweeted|posted)\b|\s*(?:\(\d+\)\s*)?,\s+(?:who|whose|the|a|an|his|her)\b)/u;
const SENTENCE_END = /(?:^|[.!?:;"“”\n]\s*|\n)$/u;

/** Lowercased, without trailing punctuation or possessive (the fast path for plain words). */
const lc = (w: string) => {
  const l = w.toLowerCase();
  const c = l.charCodeAt(l.length - 1);
  if (c >= 97 && c <= 122 && !(c === 115 && (l.endsWith("'s") || l.endsWith('’s')))) return l;
  return stripPossessive(l.replace(/[.,;:]+$/, ''));
};

/** Space or tab: what separates the words of a RUN match. */
const isBlankChar = (c: number) => c === 32 || c === 9;

const stripPossessive = (w: string) => (w.endsWith('s') && (w.endsWith("'s") || w.endsWith('’s')) ? w.slice(0, -2) : w);

/** Whether `text` has `word` as a whole word: no `isWordCode` character (default: a letter) on either side. */
export function hasWord(text: string, word: string, isWordCode: (c: number) => boolean = isLetter): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const before = i > 0 ? text.charCodeAt(i - 1) : 32;
    const after = i + word.length < text.length ? text.charCodeAt(i + word.length) : 32;
    if (!isWordCode(before) && !isWordCode(after)) return true;
  }
  return false;
}
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c > 127;

/**
 * Person names in `text` (optionally only inside `scope`), each with its offsets. `skip` (sorted, disjoint spans,
 * e.g. the actor table's mentions) are known already: a run lying inside one is not looked at.
 */
export function findPersonNames(
  text: string,
  scope?: { start: number; end: number }[],
  opts: NameFinderOptions = {},
  skip: readonly { start: number; end: number }[] = [],
): NameCandidate[] {
  const titleWords = opts.titleWords;
  const notPersonWords = opts.notPersonWords;
  const isTitleLc = (l: string) => TITLE_WORDS.has(l) || (titleWords?.has(l) ?? false);
  const isNotPerson = (w: string, l = lc(w)) => NOT_PERSON_WORDS.has(l) || (notPersonWords?.has(stripPossessive(w)) ?? false);
  const out: NameCandidate[] = [];
  let k = 0;
  for (const span of scope ?? [{ start: 0, end: text.length }]) {
    const slice = text.slice(span.start, span.end);
    RUN.lastIndex = 0;
    for (let m = RUN.exec(slice); m; m = RUN.exec(slice)) {
      const runStart = span.start + m.index;
      // Runs come in text order: move past the skip spans that end before this one, then test the next.
      while (k < skip.length && skip[k]!.end <= runStart) k++;
      if (k < skip.length && skip[k]!.start <= runStart && runStart + m[0].length <= skip[k]!.end) continue;
      // Tokens with their offsets.
      // The run's words: it starts and ends with one and has only [ \t]+ between (what split(/[ \t]+/) gives).
      const run = m[0];
      const all: { w: string; s: number; l: string }[] = [];
      for (let at = 0; at < run.length; ) {
        let end = at;
        while (end < run.length && !isBlankChar(run.charCodeAt(end))) end++;
        const w = run.slice(at, end);
        all.push({ w, s: runStart + at, l: lc(w) });
        at = end;
        while (at < run.length && isBlankChar(run.charCodeAt(at))) at++;
      }
      // A word ending a sentence ("Monday. Tomlinson") ends the run; initials and abbreviations ("J.", "Gov.", "U.S.") do not.
      const cut = all.findIndex((t, k) => k < all.length - 1 && t.w.endsWith('.') && /\p{Ll}{2,}\.$/u.test(t.w) && !TITLE_WORDS.has(t.w.toLowerCase()));
      const toks = cut >= 0 ? all.slice(0, cut + 1) : all;
      if (cut >= 0) RUN.lastIndex = all[cut + 1]!.s - span.start;
      if (toks.length < 2) continue;
      let i = 0;
      let titled = false;
      // Sentence-initial common word ("Yesterday", "Both", "But"): not part of a name.
      const first = toks[0]!;
      if (!isTitleLc(first.l) && SENTENCE_END.test(text.slice(Math.max(0, runStart - 3), runStart)) && hasWord(text, first.w.toLowerCase())) i++;
      // Everything up to the run's last title word is the title ("Dutch Foreign Minister", "U.S. National Security Adviser").
      let lastTitle = -1;
      for (let j = i; j < toks.length; j++) if (isTitleLc(toks[j]!.l)) lastTitle = j;
      if (lastTitle >= i) {
        titled = true;
        i = lastTitle + 1;
      }
      const name = toks.slice(i);
      let caps = 0;
      for (const t of name) if (!PARTICLES.has(t.w)) caps++;
      if (caps < 2 || caps > 4) continue;
      if (name.some((t) => (!PARTICLES.has(t.w) && !/^(?:\p{Ll}+-)?\p{Lu}/u.test(t.w)) || /[\d/]/.test(t.w) || /^\p{Lu}[\p{Lu}.]+$/u.test(t.w) || (t.w.includes('-') ? t.w.split('-').some((w) => isNotPerson(w)) : isNotPerson(t.w, t.l)))) continue;
      // A possessive or trailing punctuation on the last word is outside the name.
      const last = name[name.length - 1]!;
      const lastWord = last.w.replace(/[’']s?$/u, '').replace(/[.,]$/u, '');
      if (lastWord.length < 2 || !/^(?:\p{Ll}+-)?\p{Lu}/u.test(lastWord)) continue;
      const start = name[0]!.s;
      const end = last.s + lastWord.length;
      if (!titled) {
        const before = /([\p{Ll}-]+)[ \t,]+$/u.exec(text.slice(Math.max(0, runStart - 20), runStart))?.[1];
        titled = !!before && PRECEDING_TITLES.has(before);
      }
      if (!titled && !AFTER_PERSON.test(text.slice(end, end + 40))) continue;
      out.push({ name: text.slice(start, end).replace(/\s+/g, ' '), start, end });
    }
  }
  return out;
}
