// Field-level refusals of the stations actions. Their messages live in messages/<locale>/stations.json
// (errors.*), translated here in the request's language, so they reach the form as finished sentences.
import { AppError, type ErrorCode } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translate";
import type messages from "@/messages/zh-CN/stations.json";

export type StationErrorKey = keyof typeof messages.errors;

/** An AppError whose field errors are stations.errors.* messages in `locale`. */
export async function stationRefusal(
  locale: Locale,
  code: ErrorCode,
  problems: Record<string, StationErrorKey>,
): Promise<AppError> {
  const t = await getTranslator(locale);
  const fields = Object.fromEntries(
    Object.entries(problems).map(([field, key]) => [field, [t(`stations.errors.${key}` as never)]]),
  );
  return new AppError(code, code, {}, fields);
}

/** Throws the refusal when any problem was found (CONFLICT when `conflict` names one of them). */
export async function refuseIf(
  locale: Locale,
  problems: Record<string, StationErrorKey>,
  conflict?: string,
): Promise<void> {
  if (Object.keys(problems).length === 0) return;
  throw await stationRefusal(locale, conflict && problems[conflict] ? "CONFLICT" : "VALIDATION", problems);
}
