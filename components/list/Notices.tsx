import type { QueryNotice } from '@/lib/timeline/query';

/** URL parameters we could not use, shown politely. */
export function Notices({ notices }: { notices: QueryNotice[] }) {
  if (notices.length === 0) return null;
  return (
    <div role="status" data-testid="notices" className="rounded border border-slate-300 bg-slate-50 p-3 text-sm dark:border-slate-700 dark:bg-slate-900">
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
