import type { ReactNode } from 'react';

/**
 * A code as the sources write it ("OSP 5", "3.4", "RIASE") inside text in any language:
 * isolated left to right, so Arabic text around it cannot reorder its parts, and kept on one
 * line, so "OSP" and "5" are never split across lines.
 */
export function Code({ children }: { children: ReactNode }) {
  return <bdi dir="ltr" className="whitespace-nowrap" data-code="">{children}</bdi>;
}
