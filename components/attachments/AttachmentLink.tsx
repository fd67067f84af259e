// A download link to an attachment with its name and size, for any module's page (a server component).
import { getTranslations } from "next-intl/server";
import { attachmentUrl, formatBytes, type AttachmentMeta } from "@/lib/modules/attachments/client";

type Props = {
  tenantSlug: string;
  attachment: Pick<AttachmentMeta, "id" | "fileName" | "byteSize">;
  /** The link's words; "下载" / "Download" when not given. */
  label?: string;
};

export async function AttachmentLink({ tenantSlug, attachment, label }: Props) {
  const t = await getTranslations("attachments");
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-2">
      <a
        href={attachmentUrl(tenantSlug, attachment.id)}
        download={attachment.fileName}
        className="font-medium text-brand-700 underline-offset-2 hover:underline"
      >
        {label ?? t("download")}
      </a>
      <span className="text-gray-600">
        {t("facts", { name: attachment.fileName, size: formatBytes(attachment.byteSize) })}
      </span>
    </span>
  );
}
