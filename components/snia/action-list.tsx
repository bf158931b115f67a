import Link from 'next/link';
import { actionSlug } from '@/lib/codes';
import type { Action } from '@/lib/content';
import { routes } from '@/lib/routes';
import type { Locale } from '@/lib/site';

/** Actions with their descriptions; jointly described actions are marked as such. */
export function ActionList({ actions, locale }: { actions: Action[]; locale: Locale }) {
  return (
    <ul className="space-y-2" data-testid="action-list">
      {actions.map((a) => (
        <li key={a.code} id={`action-${actionSlug(a.code)}`}>
          <Link href={routes.action(locale, a.code)} className="font-semibold">
            Action {a.code}
          </Link>
          <span>: {a.description}</span>
          {a.sharedWith.length > 0 && (
            <span className="text-slate-700"> (described jointly with {a.sharedWith.join(', ')})</span>
          )}
        </li>
      ))}
    </ul>
  );
}
