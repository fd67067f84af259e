// Turn anything thrown by an action into a Failure in the user's language. Known user errors become 4xx
// codes; database constraint violations become CONFLICT/NOT_FOUND; anything else is a bug: logged and
// rethrown, so it surfaces as a 500 and in the logs rather than being disguised as bad input.
import { AppError, type Failure, type FieldErrors } from "./errors";
import type { Translator } from "./i18n/translate";
import { log } from "./log";

function prismaCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^P\d{4}$/.test(code) ? code : undefined;
}

export function failure(err: unknown, t: Translator, context: Record<string, unknown> = {}): Failure {
  let appError: AppError | undefined = err instanceof AppError ? err : undefined;
  const code = prismaCode(err);
  if (!appError && code === "P2002") appError = new AppError("CONFLICT", "duplicate");
  if (!appError && code === "P2025") appError = new AppError("NOT_FOUND");
  if (!appError) {
    log.error("action.error", { ...context, err });
    throw err;
  }
  log.info("action.refused", { ...context, code: appError.code, key: appError.messageKey });
  return {
    ok: false,
    error: {
      code: appError.code,
      message: t(messageKey(appError.messageKey) as never, translateValues(appError.values, t) as never),
      ...(appError.fieldErrors ? { fieldErrors: translateFields(appError.fieldErrors, t) } : {}),
    },
    // Every 429 says when to retry: the refusal's own `seconds` (lib/http.ts answers it as Retry-After).
    ...(appError.code === "RATE_LIMITED"
      ? { retryAfterSeconds: Math.max(1, Math.ceil(Number(appError.values.seconds) || 60)) }
      : {}),
  };
}

// A bare key is the core's (`errors.tooLarge`); a dotted one names a module's own catalogue in full
// (`attachments.errors.tooLarge`), so a module's refusals need no line in the core's errors.json.
function messageKey(key: string): string {
  return key.includes(".") ? key : `errors.${key}`;
}

// Field messages are either already translated (zod) or keys thrown by module code: bare ones under `errors`,
// dotted ones a module's own (`citizenMessages.errors.stationClosed`), as for messageKey.
function translateFields(fields: FieldErrors, t: Translator): FieldErrors {
  return Object.fromEntries(
    Object.entries(fields).map(([k, list]) => [
      k,
      list.map((m) => {
        const key = /^[a-zA-Z]+(\.[a-zA-Z]+)+$/.test(m) ? m : `errors.${m}`;
        return t.has(key as never) ? t(key as never) : m;
      }),
    ]),
  );
}

// A value written "@ns.key" is itself a message (a workflow state's name, say), shown in the user's language.
function translateValues(
  values: Record<string, string | number | Date>,
  t: Translator,
): Record<string, string | number | Date> {
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => [
      k,
      typeof v === "string" && v.startsWith("@") ? t(v.slice(1) as never) : v,
    ]),
  );
}
