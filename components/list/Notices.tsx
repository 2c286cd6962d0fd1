import type { QueryNotice } from '@/lib/timeline/query';

/** URL parameters we could not use, shown politely. */
export function Notices({ notices, compact = false, testId = 'notices' }: { notices: QueryNotice[]; compact?: boolean; testId?: string }) {
  if (notices.length === 0) return null;
  return (
    <div
      role="status"
      aria-live="polite"
      data-testid={testId}
      className={`rounded border border-slate-300 bg-slate-50 dark:border-slate-700 dark:bg-slate-900 ${compact ? 'p-2 text-xs' : 'p-3 text-sm'}`}
    >
      <p className="font-medium">Some settings in the address could not be used:</p>
      <ul className="mt-1 list-disc pl-5">
        {notices.map((n, i) => (
          <li key={i} data-param={n.param}>
            {n.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
