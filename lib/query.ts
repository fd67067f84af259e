// A URL's query parameters as a plain record for a zod schema. Without a prototype: a parameter named
// `constructor` or `__proto__` is one more unknown key to refuse, not Object's own property.
export function queryObject(params: URLSearchParams): Record<string, string> {
  const out = Object.create(null) as Record<string, string>;
  params.forEach((value, key) => {
    out[key] = value; // a repeated parameter: the last one, as before
  });
  return out;
}

/** The parameters given a value: a blank one (`?district=` from a form's "all" choice) is the same as none. */
export function withoutEmpty(query: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v.trim() !== ""));
}
