/** Articles whose date was inferred or is only a range, and files that failed to load. */
import type { ArticleSummary } from '@/lib/timeline/types';
import type { ArticleProblem } from '@/lib/articles/types';
import { formatDay } from '@/lib/ui/format';

export function ArticleNotes({ articles, problems }: { articles: ArticleSummary[]; problems: ArticleProblem[] }) {
  const uncertain = articles.filter((a) => a.publishedInferred || a.publishedRange || !a.published);
  if (uncertain.length === 0 && problems.length === 0) return null;
  return (
    <section aria-labelledby="article-notes" className="rounded border border-amber-300 bg-amber-50 p-4 dark:border-amber-700 dark:bg-amber-950/40" data-testid="article-notes">
      <h2 id="article-notes" className="text-lg font-semibold">
        Articles to read with care
      </h2>
      <ul className="mt-2 flex list-disc flex-col gap-1 pl-5 text-sm">
        {uncertain.map((a) => (
          <li key={a.id}>
            <span className="font-medium">{a.publisher}</span>: {a.title} —{' '}
            {a.publishedInferred
              ? `publication date inferred from ${a.publishedInferred.from}: ${a.publishedInferred.reason}`
              : a.publishedRange
                ? `publication date unknown; published between ${formatDay(a.publishedRange.start)} and ${formatDay(a.publishedRange.end)}, so its relative dates are uncertain`
                : 'publication date unknown'}
          </li>
        ))}
        {problems.map((p, i) => (
          <li key={`p-${i}`}>
            <span className="font-medium">{p.file}</span>
            {p.field ? ` (${p.field})` : ''}: {p.message}
            {p.severity === 'error' ? ' — left out' : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
