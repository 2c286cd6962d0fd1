'use client';
/**
 * Filter by actor and by source article: checkbox lists in disclosures. Choices go to the URL
 * (?actors=a,b&sources=000) with router.replace, so views are shareable and survive reloads.
 * Without JavaScript the form submits as GET (repeated parameters are accepted).
 */
import { usePathname, useRouter } from 'next/navigation';
import { useOptimistic, useSyncExternalStore, useTransition, type ReactNode } from 'react';
import type { Actor, ActorKind, ArticleSummary } from '@/lib/timeline/types';
import { toSearchString, type TimelineQuery } from '@/lib/timeline/query';

export interface FiltersProps {
  /** Actors with event counts over the events currently shown. */
  actors: Actor[];
  articles: ArticleSummary[];
  query: TimelineQuery;
  /** Undated reports matching the other filters (the count on the switch). */
  undatedCount?: number;
  /** Whether the timeline has undated reports at all (else no switch). */
  hasUndated?: boolean;
}

const KIND_LABEL: Record<ActorKind, string> = {
  person: 'person',
  state: 'country',
  organization: 'organisation',
  place: 'place',
  group: 'group',
};

function noop() {
  return () => {};
}

export function Filters({ actors, articles, query: committed, undatedCount = 0, hasUndated = false }: FiltersProps) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  // The boxes tick at once; the server re-renders the list behind them.
  const [query, setOptimisticQuery] = useOptimistic(committed);
  // false in the server-rendered HTML (the no-JS form needs its submit button), true once hydrated.
  const hydrated = useSyncExternalStore(noop, () => true, () => false);
  const chosenActors = new Set(query.actors ?? []);
  const chosenSources = new Set(query.sources ?? []);

  const apply = (next: TimelineQuery) => {
    const { event: _drop, ...rest } = next;
    void _drop;
    startTransition(() => {
      setOptimisticQuery(rest);
      router.replace(`${pathname}${toSearchString(rest)}`, { scroll: false });
    });
  };
  const toggle = (key: 'actors' | 'sources', id: string, on: boolean) => {
    const set = new Set(query[key] ?? []);
    if (on) set.add(id);
    else set.delete(id);
    apply({ ...query, [key]: [...set] });
  };

  const sortedActors = [...actors].sort((a, b) => b.eventCount - a.eventCount || a.name.localeCompare(b.name));
  return (
    <form method="get" action={pathname} className="flex flex-col gap-2 md:flex-row md:flex-wrap md:items-start" aria-label="Filters" aria-busy={pending}>
      {query.theme ? <input type="hidden" name="theme" value={query.theme} /> : null}
      <CheckboxList
        testId="actor-filter"
        title="Actors"
        legend="Show events involving any of these actors"
        name="actors"
        chosen={chosenActors}
        onToggle={(id, on) => toggle('actors', id, on)}
        options={sortedActors.map((a) => ({
          id: a.id,
          label: (
            <>
              <span>{a.name}</span>
              <span className="text-xs text-slate-600 dark:text-slate-300">
                {KIND_LABEL[a.kind] ?? a.kind} · {a.eventCount} {a.eventCount === 1 ? 'event' : 'events'}
              </span>
            </>
          ),
        }))}
      />
      <CheckboxList
        testId="source-filter"
        title="Sources"
        legend="Show events cited by any of these articles"
        name="sources"
        chosen={chosenSources}
        onToggle={(id, on) => toggle('sources', id, on)}
        options={articles.map((a) => ({
          id: a.id,
          label: (
            <span>
              <span className="font-medium">{a.publisher}</span>: {a.title}
            </span>
          ),
        }))}
      />
      {hasUndated ? (
        <label className="flex cursor-pointer items-start gap-2 self-start rounded border border-slate-300 bg-white p-2 text-sm dark:border-slate-600 dark:bg-slate-900" data-testid="undated-filter">
          <input
            type="checkbox"
            name="undated"
            value="1"
            checked={query.undated === true}
            onChange={(e) => apply({ ...query, undated: e.currentTarget.checked || undefined })}
            className="mt-0.5 h-4 w-4"
          />
          <span>
            Undated reports ({undatedCount})
            <span className="block text-xs text-slate-600 dark:text-slate-300">No date in the text: shown at their article’s publication date</span>
          </span>
        </label>
      ) : null}
      {chosenActors.size || chosenSources.size ? (
        <button
          type="button"
          onClick={() => apply({ ...query, actors: [], sources: [] })}
          className="self-start rounded border border-slate-300 px-3 py-2 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          Clear filters
        </button>
      ) : null}
      {!hydrated ? (
        <button type="submit" className="self-start rounded bg-blue-700 px-3 py-2 text-sm text-white">
          Apply filters
        </button>
      ) : null}
      {pending ? (
        <p role="status" className="self-center text-sm text-slate-600 dark:text-slate-300">
          Updating…
        </p>
      ) : null}
    </form>
  );
}

interface CheckboxListProps {
  testId: string;
  title: string;
  /** Screen-reader description of what ticking a box does. */
  legend: string;
  /** Form field name (the URL parameter of the no-JS GET form). */
  name: 'actors' | 'sources';
  options: { id: string; label: ReactNode }[];
  chosen: ReadonlySet<string>;
  onToggle: (id: string, on: boolean) => void;
}

/** One filter: a disclosure holding a scrollable list of checkboxes, with the number chosen in its summary. */
function CheckboxList({ testId, title, legend, name, options, chosen, onToggle }: CheckboxListProps) {
  return (
    <details className="rounded border border-slate-300 bg-white p-2 dark:border-slate-600 dark:bg-slate-900" data-testid={testId}>
      <summary className="cursor-pointer font-medium">
        {title}
        {chosen.size ? ` (${chosen.size} chosen)` : ''}
      </summary>
      <fieldset className="mt-2 max-h-72 overflow-y-auto pr-2">
        <legend className="sr-only">{legend}</legend>
        {options.map((o) => (
          <label key={o.id} className="flex cursor-pointer items-start gap-2 py-0.5 text-sm">
            <input
              type="checkbox"
              name={name}
              value={o.id}
              checked={chosen.has(o.id)}
              onChange={(e) => onToggle(o.id, e.currentTarget.checked)}
              className="mt-0.5 h-4 w-4"
            />
            {o.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
