import Link from '@/components/ui/link';
import { Code } from '@/components/ui/code';
import type { Objective } from '@/lib/content';
import { foreignText } from '@/lib/i18n';
import { routes } from '@/lib/routes';
import { usePage } from '@/components/page-scope';

export function ObjectiveList({ objectives }: { objectives: Objective[] }) {
  const { locale, t } = usePage();
  return (
    <ul className="space-y-2" data-testid="objective-list">
      {objectives.map((o) => (
        <li key={o.code}>
          <Link href={routes.objective(locale, o.code)} className="font-semibold">
            <Code>{o.code}</Code>
          </Link>
          <span {...foreignText(o.lang, locale)}>{t('common.colon')}{o.title}</span>
        </li>
      ))}
    </ul>
  );
}
