// @ts-check

// Security headers of every answer (pages get their nonce-based CSP and HSTS from proxy.ts).
// The camera stays allowed for this site: the Photos page can take a picture.
const PERMISSIONS_POLICY =
  "camera=(self), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), hid=(), midi=(), display-capture=(), browsing-topics=()";
const STATIC_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
// API answers (JSON, images, PDFs, ZIPs) are never pages: nothing may run in or frame them.
const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
// A page answering a request with a body (a form posted without JavaScript) has no nonce: no script runs.
const NO_SCRIPT_PAGE_CSP =
  "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' blob: data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** @type {import("next").NextConfig} */
const nextConfig = {
  // Native and WebAssembly image libraries stay on the server and are loaded by Node at run time.
  serverExternalPackages: [
    "sharp",
    "@resvg/resvg-js",
    "@techstark/opencv-js",
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "@node-rs/argon2",
    "opentype.js",
    "pdf-lib",
    "@pdf-lib/fontkit",
  ],
  // Trace's face detector reads its model file at run time.
  outputFileTracingIncludes: { "/api/**": ["./lib/photos/trace/face-cascade.xml"] },
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // Every server action is a small form (sign-in, settings, admin): 8 KB, enforced while the body streams.
    serverActions: { bodySizeLimit: "8kb" },
  },
  async headers() {
    return [
      { source: "/:path*", headers: STATIC_HEADERS },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CSP }] },
      ...["content-length", "transfer-encoding"].map((key) => ({
        source: "/:path((?!api/|_next/).*)",
        has: [{ type: /** @type {const} */ ("header"), key }],
        headers: [{ key: "Content-Security-Policy", value: NO_SCRIPT_PAGE_CSP }],
      })),
    ];
  },
};

module.exports = nextConfig;
