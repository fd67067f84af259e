// What a city's slug (the first path segment, /liaoyuan) may be. Pure, so forms and schemas can use it.
import { z } from "zod";

/** Slugs that are paths of the platform itself and can never be a city. */
export const RESERVED_SLUGS = new Set([
  "api",
  "platform",
  "login",
  "logout",
  "admin",
  "console",
  "static",
  "public",
  "assets",
  "_next",
  "www",
  "health",
  "ready",
  "favicon.ico",
  "robots.txt",
  "sitemap.xml",
  "deputy",
  "unit",
  "auth",
]);

export const tenantSlugSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,39}$/, { error: "validation.slugFormat" })
  .refine((s) => !RESERVED_SLUGS.has(s), { error: "validation.slugReserved" });
