// Joins class names, skipping falsy ones. No tailwind-merge in the project, so callers' classes are
// appended last and should add to (not fight with) the defaults.
export function cx(...parts: Array<string | false | null | undefined>): string {
  return parts.filter(Boolean).join(" ");
}

// One focus ring for every interactive primitive, so keyboard users always see where they are.
export const focusRing = "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700";
