import type { DonorData } from './iom-schema';

/**
 * A donor's name as its main source writes it, for lists (donor list, funding table and
 * diagram, project lists, "funded by" lines): the short form (IDF, SDC) when the full name is
 * an expansion cited from another source (a citation about "<short form>: …"). The full
 * name stands only on the donor's own page, beside its numbered citation.
 */
export function donorListName(d: Pick<DonorData, 'name' | 'shortName' | 'citations'>): string {
  const short = d.shortName;
  return short !== undefined && d.citations.some((q) => q.about.startsWith(`${short}:`)) ? short : d.name;
}
