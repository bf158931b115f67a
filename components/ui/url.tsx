/**
 * An address shown as text: isolated left to right (inside Arabic text it keeps its order),
 * with break opportunities (<wbr>) after each "/" and before "?", "&" and "#", so a long
 * address wraps between its parts on a phone; only a part too long for the line breaks
 * inside itself (overflow-wrap: anywhere), never the whole address at every letter.
 */
export function UrlText({ url }: { url: string }) {
  const parts = url.split(/(?<=\/)(?!\/)|(?=[?&#])/);
  return (
    <bdi dir="ltr" className="wrap-anywhere" data-url="">
      {parts.flatMap((part, i) => (i > 0 ? [<wbr key={i} />, part] : [part]))}
    </bdi>
  );
}
