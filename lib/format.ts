/** 13812341234 → 138****1234; anything else keeps its first and last quarter. Lists never show full numbers. */
export function maskPhone(phone: string | null | undefined): string {
  if (!phone) return "";
  const digits = phone.trim();
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(7)}`;
  if (digits.length <= 4) return "*".repeat(digits.length);
  const keep = Math.max(1, Math.floor(digits.length / 4));
  return digits.slice(0, keep) + "*".repeat(digits.length - 2 * keep) + digits.slice(-keep);
}

/** A citizen's or a user's contact, masked for display: a phone as maskPhone, an e-mail as w***@example.cn. */
export function maskContact(contact: string | null | undefined): string {
  const c = contact?.trim();
  if (!c) return "";
  const at = c.lastIndexOf("@");
  if (at > 0) return `${c[0]}***${c.slice(at)}`;
  return maskPhone(c);
}
