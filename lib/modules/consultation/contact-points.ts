// Contact points (基层立法联系点): registry, coverage, assignments and their consolidated opinions.
export {};
