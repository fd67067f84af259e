// (filled in by its owner)
export {};
