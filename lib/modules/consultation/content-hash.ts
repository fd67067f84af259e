import { createHash } from "node:crypto";

/**
 * What makes two opinions "the same text" for campaign grouping: the content with whitespace collapsed
 * (full-width spaces too), hashed. Punctuation and wording still count, so only true copies group.
 */
export function opinionContentHash(content: string): string {
  return createHash("sha256")
    .update(content.replace(/[\s\u3000]+/g, " ").trim())
    .digest("hex");
}
