import { quotePieces } from '@/lib/ui/format';

/** A quote with its temporal expression in <mark>; every piece rendered as text. */
export function Quote({ quote, start, end }: { quote: string; start: number; end: number }) {
  const p = quotePieces(quote, start, end);
  return (
    <q className="nt-quote">
      {p.before}
      {p.mark ? <mark className="rounded bg-amber-200 px-0.5 text-inherit dark:bg-amber-500/40">{p.mark}</mark> : null}
      {p.after}
    </q>
  );
}
