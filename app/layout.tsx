import type { ReactNode } from 'react';

// <html> is rendered by app/[locale]/layout.tsx so its lang follows the locale; this root only exists
// because app/not-found.tsx (requests outside the locale proxy) needs a layout above it.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
