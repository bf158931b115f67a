import { content } from '@/lib/content';
import { fundingCsv } from '@/lib/funding';
import { defaultLocale } from '@/lib/site';

// Written to out/data/funding.csv at build time.
export const dynamic = 'force-static';

export function GET() {
  return new Response(fundingCsv(content.fundingRows(), defaultLocale), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
}
