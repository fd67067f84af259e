// Messages live in messages/<locale>/<namespace>.json so that each module owns its own file;
// messages/<locale>/index.ts puts them together under their namespace names.
import type { Locale } from "./config";

export type Messages = Record<string, unknown>;

const loaders: Record<Locale, () => Promise<Messages>> = {
  "zh-CN": async () => (await import("@/messages/zh-CN/index")).default,
  en: async () => (await import("@/messages/en/index")).default,
};

export function loadMessages(locale: Locale): Promise<Messages> {
  return loaders[locale]();
}
