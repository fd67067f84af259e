// Field-level refusals of the deputies actions, worded from messages/<locale>/deputies.json (errors.*) in the
// request's language, so they reach the form as finished sentences.
import { AppError, type ErrorCode } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translate";
import type messages from "@/messages/zh-CN/deputies.json";

export type DeputyErrorKey = keyof typeof messages.errors;
export type DeputyProblem = DeputyErrorKey | [key: DeputyErrorKey, values: Record<string, string | number | Date>];

/** An AppError whose field errors are deputies.errors.* messages in `locale`. */
export async function deputyRefusal(
  locale: Locale,
  code: ErrorCode,
  problems: Record<string, DeputyProblem>,
): Promise<AppError> {
  const t = await getTranslator(locale);
  const fields = Object.fromEntries(
    Object.entries(problems).map(([field, problem]) => {
      const [key, values] = typeof problem === "string" ? [problem, {}] : problem;
      return [field, [t(`deputies.errors.${key}` as never, values as never)]];
    }),
  );
  return new AppError(code, code, {}, fields);
}
