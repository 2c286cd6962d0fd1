'use client';
/**
 * "Embed" button: opens a modal <dialog> with the copy-paste snippet (iframe + embed.js) for the
 * current view. `search` is the view's query string, with or without the leading "?".
 */
import { useCallback, useId, useRef, useState } from 'react';

export function embedSnippet(origin: string, search: string): string {
  const q = search.replace(/^\?/, '');
  const src = `${origin}/embed${q ? `?${q}` : ''}`;
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return (
    `<iframe src="${attr(src)}" title="News Timeline" loading="lazy" width="100%" height="480" style="border:0" data-news-timeline></iframe>\n` +
    `<script async src="${attr(origin)}/embed.js"></script>`
  );
}

export function EmbedButton({ search }: { search: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [origin, setOrigin] = useState('');
  const [copied, setCopied] = useState<'idle' | 'copied' | 'selected'>('idle');
  const titleId = useId();
  const descId = useId();

  const open = useCallback(() => {
    setCopied('idle');
    setOrigin(window.location.origin);
    dialog.current?.showModal();
  }, []);
  const close = useCallback(() => dialog.current?.close(), []);

  const copy = useCallback(async () => {
    const text = textarea.current?.value ?? '';
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setCopied('copied');
    } catch {
      textarea.current?.focus();
      textarea.current?.select();
      setCopied('selected');
    }
  }, []);

  const snippet = embedSnippet(origin, search);

  return (
    <>
      <button
        type="button"
        onClick={open}
        aria-haspopup="dialog"
        className="rounded border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 focus-visible:outline focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:hover:bg-slate-800"
      >
        Embed
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        aria-describedby={descId}
        data-testid="embed-dialog"
        className="m-auto w-[min(40rem,95vw)] rounded-lg border border-slate-300 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-black/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <div className="flex flex-col gap-3 p-4">
          <h2 id={titleId} className="text-lg font-semibold">
            Embed this timeline
          </h2>
          <p id={descId} className="text-sm text-slate-700 dark:text-slate-300">
            Paste this HTML into your page. It shows the current view, filters included; the script lets the frame grow to fit its content.
          </p>
          <label className="flex flex-col gap-1 text-sm font-medium">
            Embed code
            <textarea
              ref={textarea}
              readOnly
              value={snippet}
              rows={5}
              spellCheck={false}
              data-testid="embed-snippet"
              className="w-full rounded border border-slate-300 bg-slate-50 p-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-950"
              onFocus={(e) => e.currentTarget.select()}
            />
          </label>
          <div className="flex items-center justify-end gap-2">
            <span role="status" aria-live="polite" className="mr-auto text-sm text-slate-700 dark:text-slate-300">
              {copied === 'copied' ? 'Copied to the clipboard.' : copied === 'selected' ? 'Selected: press Ctrl+C (⌘C) to copy.' : ''}
            </span>
            <button type="button" onClick={copy} className="rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 focus-visible:outline focus-visible:outline-2 focus-visible:outline-blue-600">
              Copy code
            </button>
            <button type="button" onClick={close} className="rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
              Close
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
