/**
 * Builds a regex alternation shaped as a trie ("day|daily|days" → "da(?:y|ily|ys)"): the regex
 * engine then rejects a position after one character test instead of trying every word.
 */

interface Node { end: boolean; next: Map<string, Node> }

const esc = (c: string): string => (c === ' ' ? '\\s+' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

function emit(node: Node, first: boolean, caseFirst: boolean): string {
  const parts: string[] = [];
  for (const [ch, child] of node.next) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    const head = first && caseFirst && lower !== upper ? `[${upper}${lower}]` : esc(ch);
    parts.push(head + emit(child, false, caseFirst));
  }
  if (parts.length === 0) return '';
  const body = parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
  // Longer words first is implied: an optional tail is tried before stopping (greedy).
  return node.end ? `(?:${body})?` : body;
}

/** Trie alternation of lower-case words; caseFirst lets the first letter be capitalised. */
export function trieAlt(words: readonly string[], caseFirst = false): string {
  const root: Node = { end: false, next: new Map() };
  for (const w of words) {
    let n = root;
    for (const ch of w) {
      let c = n.next.get(ch);
      if (!c) { c = { end: false, next: new Map() }; n.next.set(ch, c); }
      n = c;
    }
    n.end = true;
  }
  return `(?:${emit(root, true, caseFirst)})`;
}
