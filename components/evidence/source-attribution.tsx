import type { Source } from '@/lib/content';
import { usePage } from '@/components/page-scope';
import { foreignText } from '@/lib/i18n';
import { UrlText } from '@/components/ui/url';

/**
 * One source, named as published (publisher, title, address), with its tier in words
 * (Moroccan government, UN system, donor government, press), and whether the address is a
 * copy of the publisher's document or an unencrypted one.
 */
export function SourceAttribution({ source: s }: { source: Source }) {
  const { locale, t } = usePage();
  const details = [t(`reported.tier.${s.tier}`), ...(s.copy ? [t('reported.copy')] : []), ...(s.plainHttp ? [t('reported.plainHttp')] : [])];
  return (
    <>
      <bdi {...foreignText('en', locale)} className="wrap-anywhere">{s.publisher}, “{s.title}”</bdi> ({details.join(t('common.listSeparator'))}){t('common.colon')}
      <a href={s.url}><UrlText url={s.url} /></a>
    </>
  );
}
