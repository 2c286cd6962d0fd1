import type { EventFlag } from '@/lib/timeline/types';
import { FLAG_LABELS } from '@/lib/ui/format';

const STYLES: Record<EventFlag, string> = {
  undated: 'border-dotted border-slate-600 bg-slate-100 text-slate-800 dark:border-slate-300 dark:bg-slate-800 dark:text-slate-100',
  'single-source': 'border-sky-700 text-sky-800 dark:border-sky-300 dark:text-sky-200',
  conflict: 'border-red-700 bg-red-50 text-red-800 dark:border-red-300 dark:bg-red-950 dark:text-red-200',
  fuzzy: 'border-dashed border-slate-600 text-slate-700 dark:border-slate-300 dark:text-slate-200',
  'uncertain-publication-date': 'border-amber-700 text-amber-900 dark:border-amber-300 dark:text-amber-200',
};

export function Badges({ flags }: { flags: EventFlag[] }) {
  if (flags.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label="Notes on this event">
      {flags.map((f) => (
        <li key={f} data-flag={f} className={`rounded-full border px-2 py-0.5 text-xs font-medium ${STYLES[f] ?? ''}`}>
          {FLAG_LABELS[f] ?? f}
        </li>
      ))}
    </ul>
  );
}
