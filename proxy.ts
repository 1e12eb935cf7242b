import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";

// Convenience only: sends signed-out visitors to the sign-in page with a way back. Every page,
// action and route handler still checks the session and role itself.
export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  const { pathname, search } = request.nextUrl;
  if (!token) {
    const url = new URL("/signin", request.url);
    url.searchParams.set("next", pathname + search);
    return NextResponse.redirect(url);
  }
  if (pathname.startsWith("/teacher") && token.role !== "teacher") {
    return NextResponse.redirect(new URL("/assignments", request.url));
  }
  return NextResponse.next();
}

export const config = { matcher: ["/teacher/:path*", "/assignments/:path*"] };
