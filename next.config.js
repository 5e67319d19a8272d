// @ts-check

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
    serverActions: { bodySizeLimit: "25mb" },
  },
};

module.exports = nextConfig;
