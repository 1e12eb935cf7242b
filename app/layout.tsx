import type { Metadata, Viewport } from "next";
import { HydrationMark } from "@/components/layout/hydration-mark";
import { SiteHeader } from "@/components/layout/site-header";
import { loadDueCount } from "@/lib/review/loaders";
import { getViewer } from "@/lib/session";
import "./globals.css";

export const metadata: Metadata = { title: { default: "Fact-Check Quiz", template: "%s · Fact-Check Quiz" }, description: "Read the news like a fact-checker." };
export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [viewer, dueReviews] = await Promise.all([getViewer(), loadDueCount(new Date())]);
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:text-slate-950">
          Skip to content
        </a>
        <HydrationMark />
        <SiteHeader viewer={viewer} dueReviews={dueReviews} />
        {/* Pages render their own <main>; this wrapper is the skip link's target. */}
        <div id="main" tabIndex={-1} className="outline-none">
          {children}
        </div>
      </body>
    </html>
  );
}
