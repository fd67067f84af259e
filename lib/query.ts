// A URL's query parameters as a plain record for a zod schema. Without a prototype: a parameter named
// `constructor` or `__proto__` is one more unknown key to refuse, not Object's own property.
export function queryObject(params: URLSearchParams): Record<string, string> {
  const out = Object.create(null) as Record<string, string>;
  params.forEach((value, key) => {
    out[key] = value; // a repeated parameter: the last one, as before
  });
  return out;
}
