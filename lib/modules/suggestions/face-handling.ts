// The handling part of deputies' suggestions (re-exported from ./index.ts). See docs/adding-a-module.md.
export {};
