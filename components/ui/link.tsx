import type { ComponentProps } from 'react';

/**
 * A link between the site's pages: a plain <a>. Pages carry no framework runtime
 * (scripts/strip-framework.mjs), so following a link loads the next page as HTML: on a
 * throttled phone a full load of a ~10 KB page is no slower than next/link's client-side
 * navigation, which also cost every page ~130 KB of JavaScript and fetched the next page's
 * payload. Kept as one component so the site's links can change in one place.
 */
export default function Link(props: ComponentProps<'a'> & { href: string }) {
  return <a {...props} />;
}
