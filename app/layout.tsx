import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { ContentRefresher } from '@/components/shell/ContentRefresher';
import { ProgressAlerts } from '@/components/progress/ProgressAlerts';
import { Header } from '@/components/shell/Header';
import { themeInitScript } from '@/components/shell/ThemeToggle';
import { site } from '@/lib/site';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: `${site.name}: ${site.tagline}`, template: `%s · ${site.name}` },
  description: site.description,
  openGraph: { type: 'website', siteName: site.name, title: site.name, description: site.description },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#020617' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  // data-scroll-behavior: Next turns the smooth scrolling of globals.css off while it moves to a
  // new page, so a link to a heading lands on it; a smooth scroll across a lesson ends hundreds of
  // pixels short when a figure above grows into its live size on the way.
  return (
    <html lang="en" suppressHydrationWarning data-scroll-behavior="smooth">
      <head>
        {/* Static, first-party: sets the theme class before first paint (no flash). */}
        <script dangerouslySetInnerHTML={{ __html: themeInitScript }} />
      </head>
      <body className="min-h-screen font-sans">
        {process.env.NODE_ENV === 'development' ? <ContentRefresher /> : null}
        <Header />
        <main id="main" tabIndex={-1} className="outline-none">
          {/* Progress set aside or not saved, on whichever page it happens (lesson, playground, practice). */}
          <ProgressAlerts />
          {children}
        </main>
        <footer className="mt-16 border-t border-slate-200 py-8 text-center text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
          <p>
            {site.name} · progress is stored only in your browser · <a className="underline" href="/glossary">Glossary</a>
          </p>
        </footer>
      </body>
    </html>
  );
}
