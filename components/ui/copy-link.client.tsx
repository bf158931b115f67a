'use client';

import { useState } from 'react';
import { useBrowserValue } from '@/lib/use-hydrated';

const canCopy = () => Boolean(navigator.clipboard);

export interface CopyLinkText {
  button: string;
  /** Screen-reader text after the button's label, naming the target. */
  target: string;
  copied: string;
  failed: string;
}

/**
 * A "Copy link" button. It appears only once JavaScript runs, so a reader without it
 * never meets a dead control; the plain permalink beside it always works. Its text comes
 * from the server in the page's language, so no message catalogue is shipped to the browser.
 */
export function CopyLinkButton({ url, text }: { url: string; text: CopyLinkText }) {
  const [status, setStatus] = useState('');
  const ready = useBrowserValue(canCopy, false);
  if (!ready) return null;
  return (
    <>
      <button
        data-print-hide
        type="button"
        className="rounded border border-brand-700 px-2 py-0.5 text-sm text-brand-700 hover:bg-brand-50"
        onClick={() => navigator.clipboard.writeText(url).then(() => setStatus(text.copied), () => setStatus(text.failed))}
      >
        {text.button}<span className="sr-only"> {text.target}</span>
      </button>
      <span role="status" className="text-sm text-slate-700">
        {status}
      </span>
    </>
  );
}
