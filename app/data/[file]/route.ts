import { dataFiles } from '@/lib/open-data/files';

// Each /data/<dataset>.(json|csv|schema.json) is written to out/ at build time.
export const dynamic = 'force-static';
export const dynamicParams = false;

let top: ReturnType<typeof dataFiles> | undefined;
const topLevel = () => (top ??= dataFiles().filter((f) => f.path.split('/').length === 3));

export function generateStaticParams() {
  return topLevel().map((f) => ({ file: f.path.split('/')[2] }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const found = topLevel().find((f) => f.path === `/data/${file}`);
  if (!found) return new Response('Not found', { status: 404 });
  return new Response(found.body(), { headers: { 'Content-Type': found.type } });
}
