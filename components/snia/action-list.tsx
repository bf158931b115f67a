import Link from '@/components/ui/link';
import { actionSlug } from '@/lib/codes';
import type { Action } from '@/lib/content';
import { foreignText, getFormat } from '@/lib/i18n';
import { routes } from '@/lib/routes';
import { usePage } from '@/components/page-scope';

/** Actions with their descriptions; jointly described actions are marked as such. */
export function ActionList({ actions }: { actions: Action[] }) {
  const { locale, t } = usePage();
  return (
    <ul className="space-y-2" data-testid="action-list">
      {actions.map((a) => (
        <li key={a.code} id={`action-${actionSlug(a.code)}`}>
          <Link href={routes.action(locale, a.code)} className="font-semibold">
            {t('common.action', { code: a.code })}
          </Link>
          <span {...foreignText(a.lang, locale)}>{t('common.colon')}{a.description}</span>
          {a.sharedWith.length > 0 && (
            <span className="text-slate-700"> {t('actionList.jointly', { codes: getFormat(locale).list(a.sharedWith) })}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
