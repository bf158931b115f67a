import type { Source } from '@/lib/content';
import { foreignText, getT } from '@/lib/i18n';
import type { Locale } from '@/lib/site';

/**
 * One source, named as published (publisher, title, address), with its tier in words
 * (Moroccan government, UN system, donor government, press), and whether the address is a
 * copy of the publisher's document or an unencrypted one.
 */
export function SourceAttribution({ source: s, locale }: { source: Source; locale: Locale }) {
  const t = getT(locale);
  const details = [t(`reported.tier.${s.tier}`), ...(s.copy ? [t('reported.copy')] : []), ...(s.plainHttp ? [t('reported.plainHttp')] : [])];
  return (
    <>
      <bdi {...foreignText('en', locale)} className="wrap-anywhere">{s.publisher}, “{s.title}”</bdi> ({details.join(', ')}){t('common.colon')}
      <a href={s.url} className="break-all" dir="ltr">{s.url}</a>
    </>
  );
}
