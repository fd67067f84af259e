// Field-level refusals of the contact-point actions. Their messages live in messages/<locale>/contactPoints.json
// (errors.*), with the module's other text, so they are translated here, in the request's language, and reach
// the form as finished sentences (lib/result.ts passes a field message through when it is not an errors.* key).
import { AppError, type ErrorCode } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translate";
import type messages from "@/messages/zh-CN/contactPoints.json";

/** A contactPoints.errors.* key (checked by the compiler against the catalogue), or the key with its values. */
export type PointErrorKey = keyof typeof messages.errors;
export type PointProblem = PointErrorKey | [key: PointErrorKey, values: Record<string, string | number | Date>];

/** An AppError whose field errors are contactPoints.errors.* messages in `locale`. */
export async function pointRefusal(
  locale: Locale,
  code: ErrorCode,
  problems: Record<string, PointProblem>,
): Promise<AppError> {
  const t = await getTranslator(locale);
  const fields = Object.fromEntries(
    Object.entries(problems).map(([field, problem]) => {
      const [key, values] = typeof problem === "string" ? [problem, {}] : problem;
      return [field, [t(`contactPoints.errors.${key}` as never, values as never)]];
    }),
  );
  return new AppError(code, code, {}, fields);
}
