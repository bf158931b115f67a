import type { ReactNode } from 'react';
import './globals.css';

/**
 * The real document shell (<html lang dir>) lives in app/[locale]/layout.tsx, which knows
 * the language; the two pages outside it (/ and the 404) render their own.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
