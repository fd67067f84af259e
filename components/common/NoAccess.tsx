import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui";

/** Shown inside the console when the signed-in member's roles do not grant the page's permission. */
export async function NoAccess() {
  const t = await getTranslations("console");
  return <EmptyState title={t("noAccessTitle")} description={t("noAccessBody")} />;
}
