// The SQL of the fixed-window rate limits kept in "RateLimitWindow", shared by lib/rate-limit.ts (a statement of
// its own) and the opinion intake's one prepared statement (lib/modules/consultation/intake-sql.ts). Plain
// strings with no imports, so the intake's fast path loads nothing else. Both expect a CTE `l` with the columns
// (bucket, window_start, max_hits, window_seconds), one row per limit.

/** The start of the current fixed window of `seconds`. */
export const windowStartSql = (seconds: number | string) =>
  `to_timestamp(floor(extract(epoch FROM now()) / ${seconds}) * ${seconds})`;

/** CTE body: one hit counted in each window of `l`; returns each bucket's hits so far. */
export const RATE_LIMIT_HIT_SQL = `
  INSERT INTO "RateLimitWindow" ("bucket", "windowStart", "hits") SELECT bucket, window_start, 1 FROM l
  ON CONFLICT ("bucket", "windowStart") DO UPDATE SET "hits" = "RateLimitWindow"."hits" + 1
  RETURNING "bucket", "hits"`;

/** Over `hit` and `l`: whether any limit is now exceeded, and the seconds until the last exceeded window ends. */
export const RATE_LIMIT_VERDICT_SQL = `
  SELECT coalesce(bool_or(hit."hits" > l.max_hits), false) AS limited,
         coalesce(max(ceil(extract(epoch FROM l.window_start + make_interval(secs => l.window_seconds) - now()))) FILTER (WHERE hit."hits" > l.max_hits), 0)::int AS retry
  FROM hit JOIN l ON l.bucket = hit."bucket"`;
