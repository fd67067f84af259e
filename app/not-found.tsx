import { getTranslations } from "next-intl/server";
import { NotFoundView } from "@/components/common/NotFoundView";

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <>
      <title>{`${t("notFoundTitle")} · ${t("appName")}`}</title>
      <NotFoundView />
    </>
  );
}
