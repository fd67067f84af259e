import { getTranslations } from "next-intl/server";
import type { PaginationLabels } from "@/components/ui";

/** The Pagination component's labels in the request's language (server components only). */
export async function paginationLabels(): Promise<PaginationLabels> {
  const t = await getTranslations("shell");
  return {
    nav: t("pagination.nav"),
    previous: t("pagination.previous"),
    next: t("pagination.next"),
    page: (p) => t("pagination.page", { page: p }),
  };
}
