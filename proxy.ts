import { NextResponse, type NextRequest } from "next/server";

/**
 * Passes the requested path to server components (layouts cannot read it otherwise), so that a
 * signed-out visitor sent to sign in comes back to the page they asked for.
 */
export function proxy(request: NextRequest): NextResponse {
  const headers = new Headers(request.headers);
  headers.set("x-inkwell-path", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/((?!api/|_next/|favicon.ico).*)"],
};
