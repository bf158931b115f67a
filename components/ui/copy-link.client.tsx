'use client';

import { useState } from 'react';
import { useBrowserValue } from '@/lib/use-hydrated';

const canCopy = () => Boolean(navigator.clipboard);

/**
 * A "Copy link" button. It appears only once JavaScript runs, so a reader without it
 * never meets a dead control; the plain permalink beside it always works.
 */
export function CopyLinkButton({ url, label }: { url: string; label: string }) {
  const [status, setStatus] = useState('');
  const ready = useBrowserValue(canCopy, false);
  if (!ready) return null;
  return (
    <>
      <button
        data-print-hide
        type="button"
        className="rounded border border-brand-700 px-2 py-0.5 text-sm text-brand-700 hover:bg-brand-50"
        onClick={() =>
          navigator.clipboard.writeText(url).then(
            () => setStatus('Link copied'),
            () => setStatus('Could not copy: use the permalink'),
          )
        }
      >
        Copy link<span className="sr-only"> to {label}</span>
      </button>
      <span role="status" className="text-sm text-slate-700">
        {status}
      </span>
    </>
  );
}
