import type { Thing, WithContext } from 'schema-dts';

/**
 * schema.org data for search engines and citation tools. "<" is escaped so no text from
 * content can close the script element early.
 */
export function JsonLd({ data }: { data: WithContext<Thing> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }} />;
}
