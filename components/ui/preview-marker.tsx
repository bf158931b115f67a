import { getT } from '@/lib/i18n';
import { isPreview } from '@/lib/site';
import { usePageLocale } from '@/components/page-scope';

/**
 * Shown beside every absolute address in a preview build (no public SITE_URL): the address
 * is local, so a reader who copies it is warned. A publication build never renders it, and
 * cannot be made without a public SITE_URL (lib/site-url.ts).
 */
export function PreviewMarker() {
  const locale = usePageLocale();
  if (!isPreview) return null;
  return <strong className="ms-1 rounded bg-amber-100 px-1 text-amber-900" data-testid="preview-marker">{getT(locale)('cite.previewMarker')}</strong>;
}
