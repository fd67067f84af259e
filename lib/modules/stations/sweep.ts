export const lookups = {};
