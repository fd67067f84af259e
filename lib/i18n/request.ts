import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { defaultLocale, isLocale, localeCookie, timeZone } from "./config";
import { formats } from "./formats";
import { loadMessages } from "./messages";

// No locale in the URL: links from WeChat and QR codes stay short and stable. The locale comes from the
// language switch's cookie, Chinese by default.
export default getRequestConfig(async () => {
  const fromCookie = (await cookies()).get(localeCookie)?.value;
  const locale = isLocale(fromCookie) ? fromCookie : defaultLocale;
  return { locale, timeZone, formats, messages: await loadMessages(locale) };
});
