/**
 * The site's inline enhancement scripts (lib/inline-scripts.ts) run here on a stand-in DOM
 * holding only what each script touches: the text they write, the attributes they read and
 * set, the one-wiring-per-element rule. End-to-end specs run them in Chromium on built pages
 * (tests/e2e/iom.spec.ts: date and sorting; snia.spec.ts: copy link).
 */
import { describe, expect, it } from 'vitest';
import { getLongDatePattern } from '../../lib/i18n';
import { formatLongDate } from '../../lib/i18n/long-date';
import { accessDateScript, copyLinkScript } from '../../lib/inline-scripts';

class FakeElement {
  textContent = '';
  hidden = false;
  listeners: Record<string, () => void> = {};
  nextElementSibling?: FakeElement;
  constructor(private attributes: Record<string, string> = {}) {}
  getAttribute(name: string) { return this.attributes[name] ?? null; }
  setAttribute(name: string, value: string) { this.attributes[name] = value; }
  hasAttribute(name: string) { return name in this.attributes; }
  addEventListener(type: string, listener: () => void) { this.listeners[type] = listener; }
}

/** A document whose querySelectorAll answers the one selector each script asks, "[attr]…:not([data-ready])". */
function fakeDocument(elements: FakeElement[], attribute: string) {
  return {
    querySelectorAll(selector: string) {
      expect(selector).toContain(`[${attribute}]`);
      expect(selector).toContain(':not([data-ready])');
      return elements.filter((e) => e.hasAttribute(attribute) && !e.hasAttribute('data-ready'));
    },
  };
}

const run = (script: string, globals: Record<string, unknown>) => new Function(...Object.keys(globals), script)(...Object.values(globals));

describe('accessDateScript', () => {
  it.each(['en', 'fr', 'ar'] as const)('writes today as formatLongDate does, in %s, once per element', (locale) => {
    const pattern = getLongDatePattern(locale);
    const date = new FakeElement({ 'data-long-date': JSON.stringify(pattern) });
    date.textContent = 'placeholder';
    const document = fakeDocument([date], 'data-long-date');
    run(accessDateScript, { document });
    expect(date.textContent).toBe(formatLongDate(pattern, new Date()));
    date.textContent = 'changed';
    run(accessDateScript, { document });
    expect(date.textContent).toBe('changed');
  });
});

describe('copyLinkScript', () => {
  const button = () => {
    const b = new FakeElement({ 'data-copy-link': 'https://example.org/en/x/', 'data-copied': 'Link copied', 'data-failed': 'Copy failed' });
    b.hidden = true;
    b.nextElementSibling = new FakeElement();
    return b;
  };

  it('leaves the button hidden where the browser cannot copy', () => {
    const b = button();
    run(copyLinkScript, { document: fakeDocument([b], 'data-copy-link'), navigator: {} });
    expect(b.hidden).toBe(true);
    expect(b.listeners).toEqual({});
  });

  it('shows it, copies the link on a click and says so; says it failed when the clipboard refuses', async () => {
    const copied: string[] = [];
    let refuse = false;
    const navigator = { clipboard: { writeText: (text: string) => (refuse ? Promise.reject(new Error('denied')) : (copied.push(text), Promise.resolve())) } };
    const b = button();
    const document = fakeDocument([b], 'data-copy-link');
    run(copyLinkScript, { document, navigator });
    // A second copy of the script on the same page wires nothing twice.
    const first = b.listeners.click;
    run(copyLinkScript, { document, navigator });
    expect(b.listeners.click).toBe(first);
    expect(b.hidden).toBe(false);
    b.listeners.click!();
    await new Promise((r) => setTimeout(r, 0));
    expect(copied).toEqual(['https://example.org/en/x/']);
    expect(b.nextElementSibling!.textContent).toBe('Link copied');
    refuse = true;
    b.listeners.click!();
    await new Promise((r) => setTimeout(r, 0));
    expect(b.nextElementSibling!.textContent).toBe('Copy failed');
  });
});
