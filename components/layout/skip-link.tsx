/** First focusable element on every page (WCAG 2.4.1 Bypass Blocks). */
export function SkipLink({ label }: { label: string }) {
  return (
    <a
      data-print-hide
      href="#main"
      className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:bg-white focus:px-3 focus:py-2 focus:text-brand-900"
    >
      {label}
    </a>
  );
}
