/**
 * A "back" or "forward" arrow that points the way the page reads: ← and → in English and
 * French, mirrored in Arabic (the CSS flip follows the page's dir, so one markup serves all).
 */
export function Arrow({ to }: { to: 'back' | 'forward' }) {
  return (
    <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
      {to === 'back' ? '←' : '→'}
    </span>
  );
}
