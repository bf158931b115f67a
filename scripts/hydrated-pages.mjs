/**
 * Which pages keep Next's browser runtime, and which client components need none: read by
 * scripts/strip-framework.mjs (the build step that removes the runtime) and
 * scripts/weights.ts (the budgets). A module of its own, with no import.meta, so the
 * Playwright specs that read the budgets can load it.
 */

/** Pages whose React client components need the framework's runtime, and why. */
export const HYDRATED_PAGES = [
  // The search page's results are rendered in the browser (components/search/search.client.tsx).
  { page: /^(en|fr|ar)\/search\/index\.html$/, why: 'search results are rendered by a React client component' },
];

/**
 * Client components whose server-rendered HTML is already all they do: the language switcher
 * is one only because usePathname, which layouts cannot read on the server, gives it the
 * page's path at build time; its links are plain <a>.
 */
export const RENDER_ONLY_CLIENT_MODULES = ['components/layout/language-switcher.client.tsx'];

