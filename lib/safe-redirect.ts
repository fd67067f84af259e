/**
 * A `from` parameter is followed only to a path inside `prefix` on this site (no //host, no scheme). Dot
 * segments are resolved first, as the browser would resolve them (`/liaoyuan/../..//evil.example` is
 * `//evil.example`, another site), and the normalised path is what is answered.
 */
export function safeRedirectPath(from: string | undefined, prefix: string): string | null {
  if (!from || !from.startsWith("/") || from.startsWith("//") || /[\\\s]/.test(from)) return null;
  const base = "http://lianxin.invalid";
  let url: URL;
  try {
    url = new URL(from, base);
  } catch {
    return null;
  }
  if (url.origin !== base || url.pathname.startsWith("//") || !url.pathname.startsWith(prefix + "/")) return null;
  return url.pathname + url.search + url.hash;
}
