import type { NextConfig } from "next";

const config: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Loaded by Node at run time rather than bundled: WASM PostgreSQL, native-ish drivers, the job engine.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "pg",
    "pg-boss",
    "pino",
    "@prisma/adapter-pg",
  ],
  experimental: {
    // Over this, a form posted without JavaScript is sent back by proxy.ts with a clear message (LIMITE_CORPS_OCTETS
    // in lib/documents/domain/taille.ts: keep the three equal).
    serverActions: { bodySizeLimit: "12mb" },
    // proxy.ts makes Next buffer each request body, 10 MB by default: without this, an upload between 10 and 12 MB
    // reached the server action truncated ("Unexpected end of form"). Keep both limits equal.
    proxyClientMaxBodySize: "12mb",
    // forbidden() renders app/forbidden.tsx with HTTP 403 when a signed-in person lacks the role.
    authInterrupts: true,
  },
  async headers() {
    // The Content-Security-Policy (with a per-request nonce) is set in proxy.ts.
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default config;
