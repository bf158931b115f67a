/**
 * The funding table (one row per donor–project pair) as plain records, shared by the
 * /funding/ page and the downloadable CSV so the two can never disagree.
 */
import Papa from 'papaparse';
import { content } from './content';
import type { FundingRow } from './content';
import { routes } from './routes';
import { absoluteUrl, type Locale } from './site';

export interface FundingRecord {
  donor: string;
  donor_id: string;
  project: string;
  project_id: string;
  thematic_area: string;
  thematic_area_id: string;
  project_url: string;
  source_url: string;
}

export function fundingRecord(row: FundingRow, locale: Locale): FundingRecord {
  return {
    donor: row.donor.name,
    donor_id: row.donor.slug,
    project: row.project.title,
    project_id: row.project.slug,
    thematic_area: row.area.title,
    thematic_area_id: row.area.slug,
    project_url: absoluteUrl(routes.project(locale, row.project.slug)),
    source_url: content.sourcesOf(row.project).map((s) => s.url).join(' '),
  };
}

/**
 * CSV per RFC 4180 (CRLF line ends, quoted where needed), in UTF-8 with a byte-order
 * mark so spreadsheet programs that guess the encoding read accented names correctly.
 */
export function fundingCsv(rows: FundingRow[], locale: Locale): string {
  return `\uFEFF${Papa.unparse(rows.map((r) => fundingRecord(r, locale)), { newline: '\r\n' })}\r\n`;
}
