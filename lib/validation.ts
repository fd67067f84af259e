// Parse input with a zod schema and answer field-level messages in the user's language. Schemas give their
// own messages as keys under the `validation` namespace ({ error: "validation.usernameFormat" }); zod's
// built-in messages come from zod's own zh-CN / en locales.
import { z } from "zod";
import type { Locale } from "./i18n/config";
import { AppError, type FieldErrors } from "./errors";
import type { Translator } from "./i18n/translate";

const zodLocales = { "zh-CN": z.locales.zhCN(), en: z.locales.en() } as const;

/** Paths of strings holding a NUL character, which PostgreSQL text cannot store (it would be a 500). */
function nulPaths(value: unknown, path: string[] = [], out: string[] = [], depth = 0): string[] {
  if (typeof value === "string") {
    if (value.includes("\u0000")) out.push(path.join(".") || "_");
  } else if (value && typeof value === "object" && depth < 20) {
    for (const [k, v] of Object.entries(value)) nulPaths(v, [...path, k], out, depth + 1);
  }
  return out;
}

export function parseInput<S extends z.ZodType>(schema: S, raw: unknown, locale: Locale, t: Translator): z.infer<S> {
  const bad = nulPaths(raw);
  if (bad.length) {
    throw new AppError(
      "VALIDATION",
      "VALIDATION",
      {},
      Object.fromEntries(bad.map((p) => [p, [t("validation.invalidCharacters" as never)]])),
    );
  }
  const parsed = schema.safeParse(raw, { error: zodLocales[locale].localeError });
  if (parsed.success) return parsed.data;
  const fieldErrors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    let message = issue.message;
    if (message.startsWith("validation.")) message = t(message as never);
    // An unknown key sits on the object itself; name the key so the client knows what to remove.
    const keys = issue.code === "unrecognized_keys" ? issue.keys : [issue.path.join(".") || "_"];
    for (const key of keys) (fieldErrors[key] ??= []).push(message);
  }
  throw new AppError("VALIDATION", "VALIDATION", {}, fieldErrors);
}
