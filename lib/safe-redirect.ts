/** A `from` parameter is followed only to a path inside `prefix` on this site (no //host, no scheme). */
export function safeRedirectPath(from: string | undefined, prefix: string): string | null {
  if (!from || !from.startsWith(prefix + "/") || from.startsWith("//") || /[\\\s]/.test(from)) return null;
  return from;
}
