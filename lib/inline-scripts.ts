import { languagePickScript } from '../deploy/language-negotiation.mjs';
import { defaultLocale, locales } from './site';

/**
 * "/": runs before the links paint and sends the reader to the first of the browser's
 * languages the site has, else English: deploy/language-negotiation.mjs, the rule nginx
 * applies to Accept-Language too. A static host cannot read Accept-Language, so this is the
 * one place the site uses JavaScript to choose.
 */
export const pickLanguage = languagePickScript(locales, defaultLocale);

/*
 * The enhancements below are the only JavaScript most pages run: pages carry no framework
 * runtime (scripts/strip-framework.mjs). Each is written inline by the component that needs
 * it, right after its markup, so it runs on the pages that have that component and no other,
 * costs no request, and acts only on markup already parsed. Each acts on every element of its
 * kind not yet marked ready, so a page with two such components (the script then appears
 * twice) wires each once. Plain ES5, framework-free; the text each writes comes from the
 * markup (server-rendered in the page's language). Strings, not functions: the page must hold
 * exactly the text hashed into its Content-Security-Policy, whichever compiler built it.
 */

/**
 * Copy link (components/ui/copy-link.tsx): the button is `hidden` in the HTML and shown only
 * where the Clipboard API exists, so a reader without it never meets a dead control; the
 * result is written into the role=status element that follows it.
 */
export const copyLinkScript = "(function(){if(!navigator.clipboard)return;document.querySelectorAll('button[data-copy-link]:not([data-ready])').forEach(function(b){var s=b.nextElementSibling;b.setAttribute('data-ready','');b.hidden=false;b.addEventListener('click',function(){navigator.clipboard.writeText(b.getAttribute('data-copy-link')).then(function(){s.textContent=b.getAttribute('data-copied')},function(){s.textContent=b.getAttribute('data-failed')})})})})()";

/**
 * Today's date (components/ui/access-date.tsx), in the reader's time zone, from the long-date
 * pattern the element carries (lib/i18n/long-date.ts: formatLongDate, which this mirrors);
 * without JavaScript the placeholder text stays.
 */
export const accessDateScript = "(function(){document.querySelectorAll('[data-long-date]:not([data-ready])').forEach(function(e){var p=JSON.parse(e.getAttribute('data-long-date')),d=new Date(),v={day:String(d.getDate()),month:p.months[d.getMonth()],year:String(d.getFullYear())};e.setAttribute('data-ready','');e.textContent=p.parts.map(function(x){return x.slot?v[x.slot]:x.text}).join('')})})()";

/**
 * Sortable table (components/iom/funding-table.tsx): each column header's label becomes a
 * button (class from data-sort-button) with a ⇅/▲/▼ mark hidden from screen readers;
 * aria-sort announces the order. Rows sort by the cell's text with the page's collation
 * (data-sort); equal cells keep the table's first order; a second click reverses.
 */
export const sortTableScript = "(function(){document.querySelectorAll('table[data-sort]:not([data-ready])').forEach(function(t){var c=t.getAttribute('data-sort'),b=t.tBodies[0],h=t.tHead.rows[0].cells,rows=[].slice.call(b.rows),col=-1,up=true;t.setAttribute('data-ready','');[].forEach.call(h,function(th,i){var k=document.createElement('button'),m=document.createElement('span');k.type='button';k.className=t.getAttribute('data-sort-button');m.setAttribute('aria-hidden','true');m.textContent=' \\u21c5';while(th.firstChild)k.appendChild(th.firstChild);k.appendChild(m);th.appendChild(k);k.addEventListener('click',function(){up=col===i?!up:true;col=i;rows.slice().sort(function(x,y){return x.cells[i].textContent.localeCompare(y.cells[i].textContent,c)*(up?1:-1)}).forEach(function(r){b.appendChild(r)});[].forEach.call(h,function(o,j){var n=o.querySelector('span[aria-hidden]');if(j===i){o.setAttribute('aria-sort',up?'ascending':'descending');n.textContent=up?' \\u25b2':' \\u25bc'}else{o.removeAttribute('aria-sort');n.textContent=' \\u21c5'}})})})})})()";

/**
 * Every inline script the site itself writes into a page. The build's Content-Security-Policy
 * allows an inline script only if it is one of these or the framework's own
 * (scripts/csp-classify.mjs); any other inline script fails the build. Imports stay relative:
 * scripts/write-headers.mjs loads this file through tsx, outside Next's module aliases.
 */
export const siteInlineScripts: readonly string[] = [pickLanguage, copyLinkScript, accessDateScript, sortTableScript];
