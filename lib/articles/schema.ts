/**
 * Front matter of an article file (data/articles/*.md), validated with zod.
 *
 * File format:
 *   ---\n
 *   <YAML front matter>
 *   ---\n
 *   <body: the article text, byte for byte, everything after the closing "---\n" line>
 */
import { z } from 'zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** True when y-m-d is a real calendar day (2023-02-30 is not). */
export function isRealDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/** Checks a plain ISO date; returns an error message or null. */
export function checkIsoDate(s: string): string | null {
  const m = ISO_DATE.exec(s);
  if (!m) return `"${s}" is not an ISO date (YYYY-MM-DD)`;
  if (!isRealDay(Number(m[1]), Number(m[2]), Number(m[3]))) return `"${s}" is not a real calendar date`;
  return null;
}

/** Checks an ISO date-time with UTC offset, or a plain date; returns an error message or null. */
export function checkPublished(s: string): string | null {
  if (ISO_DATE.test(s)) return checkIsoDate(s);
  const m = ISO_DATE_TIME.exec(s);
  if (!m) {
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(s)) {
      return `"${s}" has a time but no UTC offset (add Z or ±HH:MM)`;
    }
    return `"${s}" is neither an ISO date nor an ISO date-time with a UTC offset`;
  }
  if (!isRealDay(Number(m[1]), Number(m[2]), Number(m[3]))) return `"${s}" is not a real calendar date`;
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || (m[6] !== undefined && +m[6] > 59)) return `"${s}" has an impossible time of day`;
  const off = m[7] ?? 'Z';
  if (off !== 'Z') {
    const oh = +off.slice(1, 3);
    const om = +off.slice(4, 6);
    if (oh > 14 || om > 59 || (oh === 14 && om > 0)) return `"${s}" has an impossible UTC offset ${off}`;
  }
  return null;
}

const typeError = (what: string) => (iss: { input: unknown }) =>
  iss.input === undefined || iss.input === null
    ? `${what} is required (a non-empty string)`
    : `${what} must be a string (got ${typeof iss.input}; quote it in YAML, e.g. ${what}: "${String(iss.input)}")`;

const isoDate = z.string().superRefine((s, ctx) => {
  const msg = checkIsoDate(s);
  if (msg) ctx.addIssue({ code: 'custom', message: msg });
});

const published = z.string({ error: typeError('published') }).superRefine((s, ctx) => {
  const msg = checkPublished(s);
  if (msg) ctx.addIssue({ code: 'custom', message: msg });
});

const nonEmpty = (what: string) =>
  z.string({ error: typeError(what) }).trim().min(1, { error: `${what} must not be empty` });

export const frontMatterSchema = z
  .object({
    id: z
      .string({ error: typeError('id') })
      .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, { error: 'id must be letters, digits, "-" or "_"' }),
    title: nonEmpty('title'),
    publisher: nonEmpty('publisher'),
    url: z
      .url({ protocol: /^https?$/, error: 'url must be an absolute http(s) URL' })
      .nullable()
      .optional(),
    published: published.nullable().optional(),
    publishedRange: z
      .object({ start: isoDate, end: isoDate })
      .refine((r) => r.start <= r.end, { error: 'publishedRange.start must not be after end', path: ['end'] })
      .nullable()
      .optional(),
    publishedPrecision: z.enum(['minute', 'day', 'range', 'inferred']).optional(),
    timeZone: z
      .string()
      .refine(
        (tz) => {
          try {
            new Intl.DateTimeFormat('en', { timeZone: tz });
            return true;
          } catch {
            return false;
          }
        },
        { error: 'timeZone must be an IANA time zone, e.g. "Europe/Paris"' },
      )
      .nullable()
      .optional(),
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { error: 'language must be a BCP 47 tag, e.g. "en"' }).default('en'),
  })
  .passthrough();

export type FrontMatter = z.infer<typeof frontMatterSchema>;
