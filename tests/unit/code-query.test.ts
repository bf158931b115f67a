import { describe, expect, it } from 'vitest';
import { codeInQuery } from '@/lib/code-query';

describe('codeInQuery', () => {
  it.each(['OSP 22', 'osp22', 'OSP-22', 'osp 22', ' Osp_22 ', 'objective 22', 'objectif 22', 'OSP ٢٢', 'هدف ٢٢', 'هدف 22', 'الهدف ۲۲'])('reads %j as OSP 22', (q) => {
    expect(codeInQuery(q)).toBe('OSP 22');
  });

  it.each(['10.11', '10-11', 'action 10.11', '10 11', '١٠.١١', '١٠٫١١', 'إجراء 10.11'])('reads %j as action 10.11', (q) => {
    expect(codeInQuery(q)).toBe('10.11');
  });

  it.each(['RAMED', 'health', 'OSP', '10', '2020', 'osp 0', '٢٢', '103,000', 'objectif'])('finds no code in %j', (q) => {
    expect(codeInQuery(q)).toBeUndefined();
  });
});
