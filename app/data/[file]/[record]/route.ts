import { dataFiles } from '@/lib/open-data/files';

// Each entity's own record, /data/<dataset>/<id>.json, written to out/ at build time.
export const dynamic = 'force-static';
export const dynamicParams = false;

let records: Map<string, ReturnType<typeof dataFiles>[number]> | undefined;
/** Built once per build, not once per record file. */
const recordFiles = () => (records ??= new Map(dataFiles().filter((f) => f.path.split('/').length === 4).map((f) => [f.path, f])));

export function generateStaticParams() {
  return [...recordFiles().values()].map((f) => {
    const [, , file, record] = f.path.split('/');
    return { file, record };
  });
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string; record: string }> }) {
  const { file, record } = await params;
  const found = recordFiles().get(`/data/${file}/${record}`);
  if (!found) return new Response('Not found', { status: 404 });
  return new Response(found.body(), { headers: { 'Content-Type': found.type } });
}
