import { dataFileAt, dataFiles } from '@/lib/open-data/files';

// Each /data/<dataset>.(json|csv|schema.json) is written to out/ at build time.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return dataFiles().flatMap(({ params }) => (params.record === undefined ? [{ file: params.file }] : []));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const found = dataFileAt(await params);
  if (!found) return new Response('Not found', { status: 404 });
  return new Response(found.body(), { headers: { 'Content-Type': found.type } });
}
