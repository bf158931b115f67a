import { describe, expect, it } from 'vitest';
import { LOCAL_ORIGIN, resolveSiteOrigin } from '@/lib/site-url';

describe('site origin', () => {
  it('is a marked preview on the local origin when SITE_URL is unset (npm start, npm test, CI)', () => {
    expect(resolveSiteOrigin({})).toEqual({ url: LOCAL_ORIGIN, preview: true });
  });

  it('is the public origin, unmarked, when SITE_URL is a public https address', () => {
    expect(resolveSiteOrigin({ SITE_URL: 'https://example.org/', PUBLISH: '1' })).toEqual({ url: 'https://example.org', preview: false });
  });

  it('refuses a publication build without SITE_URL', () => {
    expect(() => resolveSiteOrigin({ PUBLISH: '1' })).toThrow(/^SITE_URL: a publication build/);
  });

  it.each(['http://localhost:3000', 'https://localhost', 'https://127.0.0.1', 'https://192.168.1.5', 'https://intranet', 'http://example.org', 'https://site.local'])(
    'refuses %s in a publication build, and marks it as a preview otherwise',
    (url) => {
      expect(() => resolveSiteOrigin({ SITE_URL: url, PUBLISH: '1' })).toThrow(/^SITE_URL: must be/);
      expect(resolveSiteOrigin({ SITE_URL: url }).preview).toBe(true);
    },
  );
});
