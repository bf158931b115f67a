/**
 * An address shown as text: isolated left to right (inside Arabic text it keeps its order),
 * and allowed to break inside only where it cannot fit on the line (overflow-wrap: anywhere),
 * rather than at every line end as word-break: break-all did. Break points after each "/"
 * (<wbr>) were tried: on the timeline, with its sources named three times, they cost about
 * 6 KB gzip of HTML and payload, past that page's budget.
 */
export function UrlText({ url }: { url: string }) {
  return <bdi dir="ltr" className="wrap-anywhere">{url}</bdi>;
}
