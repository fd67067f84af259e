// Parse input with a zod schema and answer field-level messages in the user's language. Schemas give their
// own messages as keys under the `validation` namespace ({ error: "validation.usernameFormat" }); every other
// issue (a wrong enum value, a missing field, an unknown key …) is worded from messages/<locale>/validation.json
// by its code, never with zod's own text ("无效选项：期望以下之一 …" names codes, not things a person chose).
import type { z } from "zod";
import type { Locale } from "./i18n/config";
import { AppError, type FieldErrors } from "./errors";
import type { Translator } from "./i18n/translate";

/** Paths of strings holding a NUL character, which PostgreSQL text cannot store (it would be a 500). */
function nulPaths(value: unknown, path: string[] = [], out: string[] = [], depth = 0): string[] {
  if (typeof value === "string") {
    if (value.includes("\u0000")) out.push(path.join(".") || "_");
  } else if (value && typeof value === "object" && depth < 20) {
    for (const [k, v] of Object.entries(value)) nulPaths(v, [...path, k], out, depth + 1);
  }
  return out;
}

/** An empty map of field errors: keys come from the client (`constructor`, `__proto__` …), so no prototype. */
export function emptyFieldErrors(): FieldErrors {
  return Object.create(null) as FieldErrors;
}

type RawIssue = z.core.$ZodRawIssue;

/** The message of an issue the schema did not word itself: a sentence from `validation`, by the issue's code. */
export function issueMessage(iss: RawIssue, t: Translator): string {
  const say = (key: string, values?: Record<string, number>) => t(`validation.${key}` as never, values as never);
  const absent = iss.input === undefined || iss.input === null || iss.input === "";
  const bound = (v: unknown) => (typeof v === "bigint" ? Number(v) : typeof v === "number" ? v : 0);
  switch (iss.code) {
    case "invalid_value":
      return say(absent ? "required" : "invalidOption");
    case "invalid_type":
      return say(iss.input === undefined ? "required" : "invalidType");
    case "unrecognized_keys":
      return say("unknownField");
    case "invalid_union": {
      // A discriminated union's tag (a decision, a kind) is an enum field like any other.
      if (!iss.discriminator) return say("invalidFormat");
      const tag = (iss.input as Record<string, unknown> | null | undefined)?.[iss.discriminator];
      return say(tag === undefined || tag === null || tag === "" ? "required" : "invalidOption");
    }
    case "too_small": {
      const minimum = bound(iss.minimum);
      if (iss.origin === "string") return say(minimum <= 1 ? "required" : "tooShort", { minimum });
      if (iss.origin === "array" || iss.origin === "set") return say("tooFew", { minimum });
      return say("tooSmall", { minimum });
    }
    case "too_big": {
      const maximum = bound(iss.maximum);
      if (iss.origin === "string") return say("tooLongMax", { maximum });
      if (iss.origin === "array" || iss.origin === "set") return say("tooManyMax", { maximum });
      return say("tooLarge", { maximum });
    }
    default:
      return say("invalidFormat");
  }
}

export function parseInput<S extends z.ZodType>(schema: S, raw: unknown, _locale: Locale, t: Translator): z.infer<S> {
  const bad = nulPaths(raw);
  if (bad.length) {
    const fieldErrors = emptyFieldErrors();
    for (const p of bad) fieldErrors[p] = [t("validation.invalidCharacters" as never)];
    throw new AppError("VALIDATION", "VALIDATION", {}, fieldErrors);
  }
  // A schema's own message wins over this map (zod's precedence), so `validation.*` keys still come through.
  const parsed = schema.safeParse(raw, { error: (iss) => issueMessage(iss, t) });
  if (parsed.success) return parsed.data;
  const fieldErrors = emptyFieldErrors();
  for (const issue of parsed.error.issues) {
    let message = issue.message;
    if (message.startsWith("validation.")) message = t(message as never);
    // An unknown key sits on the object itself; name the key so the client knows what to remove.
    const keys =
      issue.code === "unrecognized_keys"
        ? issue.keys.map((k) => [...issue.path, k].join("."))
        : [issue.path.join(".") || "_"];
    for (const key of keys) (fieldErrors[key] ??= []).push(message);
  }
  throw new AppError("VALIDATION", "VALIDATION", {}, fieldErrors);
}
