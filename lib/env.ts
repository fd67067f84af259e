// Reading operators' settings from the environment. No imports: the server's fast paths load this too.

/** A positive integer setting, else the default (unset, zero, negative or not a number). */
export function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number.parseInt(value ?? "", 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}
