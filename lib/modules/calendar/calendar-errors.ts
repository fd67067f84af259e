// Field-level refusals of the calendar's actions. Their messages live in messages/<locale>/calendar.json
// (errors.*), so they are translated here, in the request's language, and reach the form as finished sentences
// (lib/result.ts passes a field message through when it is not an errors.* key).
import { AppError, type ErrorCode } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translate";
import type messages from "@/messages/zh-CN/calendar.json";

/** A calendar.errors.* key (checked by the compiler against the catalogue), or the key with its values. */
export type CalendarErrorKey = keyof typeof messages.errors;
export type CalendarProblem = CalendarErrorKey | [key: CalendarErrorKey, values: Record<string, string | number>];

/** An AppError whose field errors are calendar.errors.* messages in `locale`. */
export async function calendarRefusal(
  locale: Locale,
  code: ErrorCode,
  problems: Record<string, CalendarProblem>,
): Promise<AppError> {
  const t = await getTranslator(locale);
  const fields = Object.fromEntries(
    Object.entries(problems).map(([field, problem]) => {
      const [key, values] = typeof problem === "string" ? [problem, {}] : problem;
      return [field, [t(`calendar.errors.${key}` as never, values as never)]];
    }),
  );
  return new AppError(code, code, {}, fields);
}
