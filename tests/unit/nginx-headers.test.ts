/**
 * deploy/nginx-headers.conf is generated from deploy/security-headers.mjs and committed, so
 * nginx needs nothing from the build; this keeps the two in step.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commonHeaders, headerPolicy } from '../../deploy/security-headers.mjs';
import { nginxHeaders } from '../../scripts/write-nginx-headers.mjs';

describe('deploy/nginx-headers.conf', () => {
  it('is what scripts/write-nginx-headers.mjs writes from deploy/security-headers.mjs', () => {
    expect(readFileSync('deploy/nginx-headers.conf', 'utf8'), 'run: node scripts/write-nginx-headers.mjs').toBe(nginxHeaders());
  });

  it('sends every security header on every status ("always") and both policies', () => {
    const conf = nginxHeaders();
    for (const key of [...Object.keys(commonHeaders), 'Content-Security-Policy', 'Cache-Control']) expect(conf).toMatch(new RegExp(`^add_header ${key} \\S.* always;$`, 'm'));
    expect(conf).toContain(headerPolicy.page);
    expect(conf).toContain(headerPolicy.other);
  });

  it('reads nothing from the build: deploy/nginx.conf includes no file under out/', () => {
    expect(readFileSync('deploy/nginx.conf', 'utf8')).not.toMatch(/include\s+\S*out\//);
  });
});
