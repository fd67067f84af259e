// Receipt codes citizens use to track what they submitted: 10 characters from an alphabet without look-alikes
// (no I, O, 0, 1), 32^10 ≈ 10^15 possibilities, drawn from the CSPRNG — short enough to read out, too many to guess.
import { randomInt } from "node:crypto";

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const RECEIPT_LENGTH = 10;

export function newReceiptCode(): string {
  let code = "";
  for (let i = 0; i < RECEIPT_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** Normalise what a person typed (spaces, dashes, lower case) before looking a code up. */
export function normaliseReceiptCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, "").toUpperCase();
  return /^[A-Z0-9]{6,16}$/.test(code) ? code : null;
}
