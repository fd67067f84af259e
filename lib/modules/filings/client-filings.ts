// The filing review client face (filled by its part).
export {};
