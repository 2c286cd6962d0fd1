/** What the marks on the timeline mean. */
export function Legend({ compact = false, buckets = false, undated = false }: { compact?: boolean; buckets?: boolean; undated?: boolean }) {
  return (
    <ul aria-label="Legend" className={`mt-2 flex flex-wrap gap-x-5 gap-y-1 text-slate-700 dark:text-slate-300 ${compact ? 'text-xs' : 'text-sm'}`}>
      <li className="flex items-center gap-2">
        <span aria-hidden="true" className="inline-block h-3 w-3 rounded-full bg-blue-600" /> A day
      </li>
      <li className="flex items-center gap-2">
        <span aria-hidden="true" className="inline-block h-3 w-8 rounded bg-blue-200 ring-1 ring-blue-600" /> A week, month or year (the bar spans it)
      </li>
      <li className="flex items-center gap-2">
        <span aria-hidden="true" className="inline-block h-3 w-8 rounded border-2 border-dashed border-blue-600 bg-blue-100/50" /> Approximate (“early”, “late”, vague)
      </li>
      <li className="flex items-center gap-2">
        <span aria-hidden="true" className="inline-block h-3 w-3 rounded-full bg-red-600" /> Sources conflict
      </li>
      {undated ? (
        <li className="flex items-center gap-2">
          <span aria-hidden="true" className="inline-block h-3 w-3 rounded-full border-2 border-dotted border-slate-500 bg-white" /> Undated report, placed at its
          article’s publication date
        </li>
      ) : null}
      {buckets ? (
        <li className="flex items-center gap-2">
          <span aria-hidden="true" className="inline-block h-3 w-8 rounded bg-slate-200 ring-1 ring-slate-600" /> Many events in a day, week or month: click to zoom in
        </li>
      ) : null}
      <li className="flex items-center gap-2">
        <span aria-hidden="true" className="inline-flex h-5 min-w-5 items-center justify-center rounded-full bg-slate-600 px-1 text-[10px] text-white">3</span> Several events: zoom in
      </li>
    </ul>
  );
}
