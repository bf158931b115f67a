import { languagePickScript } from '../deploy/language-negotiation.mjs';
import { defaultLocale, locales } from './site';

/**
 * "/": runs before the links paint and sends the reader to the first of the browser's
 * languages the site has, else English: deploy/language-negotiation.mjs, the rule nginx
 * applies to Accept-Language too. A static host cannot read Accept-Language, so this is the
 * one place the site uses JavaScript to choose.
 */
export const pickLanguage = languagePickScript(locales, defaultLocale);

/**
 * Every inline script the site itself writes into a page. The build's Content-Security-Policy
 * allows an inline script only if it is one of these or the framework's own
 * (scripts/csp-classify.mjs); any other inline script fails the build. Imports stay relative:
 * scripts/write-headers.mjs loads this file through tsx, outside Next's module aliases.
 */
export const siteInlineScripts: readonly string[] = [pickLanguage];
