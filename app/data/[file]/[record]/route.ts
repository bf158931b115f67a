import { dataFileAt, dataFiles } from '@/lib/open-data/files';

// Each entity's own record, /data/<dataset>/<id>.json, written to out/ at build time.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return dataFiles().flatMap(({ params }) => (params.record === undefined ? [] : [params]));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string; record: string }> }) {
  const found = dataFileAt(await params);
  if (!found) return new Response('Not found', { status: 404 });
  return new Response(found.body(), { headers: { 'Content-Type': found.type } });
}
