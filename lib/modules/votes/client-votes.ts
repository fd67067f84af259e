// The vote engine client face (filled by its part).
export {};
