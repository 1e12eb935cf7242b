import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { contentSecurityPolicy } from "@/lib/security/headers";

// Runs on every page request: sets the per-request CSP nonce, answers a malformed address with
// 400 instead of a bare 500, and — convenience only — sends signed-out visitors of teacher and
// assignment pages to the sign-in page with a way back. Every page, action and route handler
// still checks the session and role itself.
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!decodable(pathname)) return badRequest();
  const redirect = await signInRedirect(request, pathname, search);
  if (redirect) return redirect;

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

async function signInRedirect(request: NextRequest, pathname: string, search: string) {
  const guarded = pathname === "/teacher" || pathname.startsWith("/teacher/") || pathname === "/assignments" || pathname.startsWith("/assignments/");
  if (!guarded) return null;
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (!token) {
    const url = new URL("/signin", request.url);
    url.searchParams.set("next", pathname + search);
    return NextResponse.redirect(url);
  }
  if (pathname.startsWith("/teacher") && token.role !== "teacher") {
    return NextResponse.redirect(new URL("/assignments", request.url));
  }
  return null;
}

function decodable(pathname: string) {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function badRequest() {
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Bad address · Fact-Check Quiz</title>
<main style="font-family:system-ui;max-width:36rem;margin:4rem auto;padding:0 1rem"><h1>This address is malformed</h1>
<p>It has a stray % or another character that cannot be read. <a href="/">Go to the home page</a>.</p></main></html>`;
  return new NextResponse(html, {
    status: 400,
    headers: { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'" },
  });
}

// Every page; not API routes (JSON, no scripts), static files or prefetches.
export const config = {
  matcher: [
    {
      source: "/((?!api|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
