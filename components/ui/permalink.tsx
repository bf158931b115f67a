import { absoluteUrl } from '@/lib/site';
import { CopyLinkButton } from './copy-link';
import { PreviewMarker } from './preview-marker';
import { usePage } from '@/components/page-scope';
import { UrlText } from '@/components/ui/url';

/** A stable link to an objective or action, with a copy button when JavaScript runs. */
export function Permalink({ path, label }: { path: string; label: string }) {
  const { t } = usePage();
  const text = { button: t('permalink.copy'), target: t('permalink.to', { label }), copied: t('permalink.copied'), failed: t('permalink.failed') };
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm" data-testid="permalink">
      <a href={path}>
        {t('permalink.label')}<span className="sr-only"> {t('permalink.to', { label })}</span>{t('common.colon')}<UrlText url={absoluteUrl(path)} />
      </a>
      <CopyLinkButton url={absoluteUrl(path)} text={text} />
      <PreviewMarker />
    </p>
  );
}
