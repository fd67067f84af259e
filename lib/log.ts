// JSON lines on stdout/stderr, one object per event, always with a time, a level and (when known) the
// request id that proxy.ts gives every request, so one request's lines can be found together.
type Level = "debug" | "info" | "warn" | "error";
type Fields = Record<string, unknown>;

const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const threshold = order[(process.env.LOG_LEVEL as Level) ?? "info"] ?? order.info;

function write(level: Level, msg: string, fields: Fields = {}) {
  if (order[level] < threshold) return;
  const err =
    fields.err instanceof Error
      ? { err: { name: fields.err.name, message: fields.err.message, stack: fields.err.stack } }
      : {};
  const line = JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields, ...err });
  (level === "error" || level === "warn" ? process.stderr : process.stdout).write(line + "\n");
}

export const log = {
  debug: (msg: string, fields?: Fields) => write("debug", msg, fields),
  info: (msg: string, fields?: Fields) => write("info", msg, fields),
  warn: (msg: string, fields?: Fields) => write("warn", msg, fields),
  error: (msg: string, fields?: Fields) => write("error", msg, fields),
};
