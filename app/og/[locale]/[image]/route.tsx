import { ImageResponse } from 'next/og';
import { getT } from '@/lib/i18n';
import { ogImageFile, ogImageLocales, ogImageParams, ogImagePath } from '@/lib/routes';
import { allSitePages, type SitePage } from '@/lib/site-pages';

// One 1200×630 PNG per page, rendered at build time (static export: no server at run time).
export const dynamic = 'force-static';
export const dynamicParams = false;

let imagePages: Map<string, SitePage> | undefined;
/** Built once: every image request of the build looks its page up here. */
const byImagePath = () => (imagePages ??= new Map(
  allSitePages().filter((page) => ogImageLocales.includes(page.locale)).map((page) => [ogImagePath(page.path), page]),
));

export function generateStaticParams() {
  return [...byImagePath().values()].map((page) => ogImageParams(page.path));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; image: string }> }) {
  const { locale, image } = await params;
  const page = byImagePath().get(ogImageFile({ locale, image }));
  if (!page) return new Response('Not found', { status: 404 });
  const title = page.title.length > 140 ? `${page.title.slice(0, 137)}…` : page.title;
  return new ImageResponse(
    (
      <div style={{ display: 'flex', flexDirection: 'column', justifyContent: 'space-between', width: '100%', height: '100%', padding: 64, background: '#f8fafc', borderTop: '24px solid #0f5c45', color: '#0b3d2e' }}>
        <div style={{ fontSize: 32, fontWeight: 700, color: '#a3192b', textTransform: 'uppercase', letterSpacing: 2 }}>{page.kind}</div>
        <div style={{ fontSize: title.length > 80 ? 48 : 64, fontWeight: 700, lineHeight: 1.2, wordBreak: 'break-word' }}>{title}</div>
        <div style={{ fontSize: 28, color: '#334155' }}>{getT(page.locale)('site.name')}</div>
      </div>
    ),
    { width: 1200, height: 630 },
  );
}
