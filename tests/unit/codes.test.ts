import { describe, expect, it } from 'vitest';
import {
  actionCodeFromSlug, actionProgrammeNumber, actionSlug, compareCodes, objectiveCodeFromSlug, objectiveSlug,
} from '@/lib/codes';

describe('codes', () => {
  it('sorts action codes numerically, part by part', () => {
    expect(['10.11', '3.4', '10.2', '2.1', '10.1'].sort(compareCodes)).toEqual(['2.1', '3.4', '10.1', '10.2', '10.11']);
  });

  it('sorts objective codes numerically', () => {
    expect(['OSP 10', 'OSP 2', 'OSP 27', 'OSP 1'].sort(compareCodes)).toEqual(['OSP 1', 'OSP 2', 'OSP 10', 'OSP 27']);
  });

  it('converts objective codes to URL slugs and back', () => {
    expect(objectiveSlug('OSP 5')).toBe('osp-5');
    expect(objectiveCodeFromSlug('osp-22')).toBe('OSP 22');
    expect(objectiveCodeFromSlug('osp-05')).toBeUndefined();
    expect(objectiveCodeFromSlug('5')).toBeUndefined();
  });

  it('converts action codes to URL slugs and back', () => {
    expect(actionSlug('10.11')).toBe('10-11');
    expect(actionCodeFromSlug('10-11')).toBe('10.11');
    expect(actionCodeFromSlug('10.11')).toBeUndefined();
  });

  it("reads an action's programme number from its code", () => {
    expect(actionProgrammeNumber('10.11')).toBe(10);
    expect(actionProgrammeNumber('3.4')).toBe(3);
  });
});
