import { describe, expect, it } from 'vitest';
import { wrapLabel } from '@/lib/svg-text';

describe('wrapLabel', () => {
  it('breaks at spaces, at most `max` characters a line', () => {
    expect(wrapLabel('Management of flows and fight against trafficking', 20)).toEqual(['Management of flows', 'and fight against', 'trafficking']);
  });
  it('cuts a word longer than a line, so no line runs out of its box', () => {
    expect(wrapLabel(`Go ${'x'.repeat(25)} now`, 10)).toEqual(['Go', 'xxxxxxxxxx', 'xxxxxxxxxx', 'xxxxx now']);
  });
});
