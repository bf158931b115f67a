import { copyLinkScript } from '@/lib/inline-scripts';

export interface CopyLinkText {
  button: string;
  /** Screen-reader text after the button's label, naming the target. */
  target: string;
  copied: string;
  failed: string;
}

/**
 * A "Copy link" button. It is `hidden` in the HTML and shown by copyLinkScript (written
 * right after it) only where the browser can copy, so a reader without JavaScript never
 * meets a dead control; the plain permalink beside it always works. Its text comes from
 * the server in the page's language; the result is announced in the status element after it.
 */
export function CopyLinkButton({ url, text }: { url: string; text: CopyLinkText }) {
  return (
    <>
      <button
        data-print-hide
        type="button"
        hidden
        data-copy-link={url}
        data-copied={text.copied}
        data-failed={text.failed}
        className="rounded border border-brand-700 px-2 py-0.5 text-sm text-brand-700 hover:bg-brand-50"
      >
        {text.button}<span className="sr-only"> {text.target}</span>
      </button>
      <span role="status" className="text-sm text-slate-700" />
      <script dangerouslySetInnerHTML={{ __html: copyLinkScript }} />
    </>
  );
}
