import { z } from "zod";
import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { IMAGE_TYPES, storeAttachment, Upload } from "@/lib/modules/attachments";

/** Server actions take bodies up to 1 MB (next.config.ts); a portrait for the registry fits well within it. */
export const PHOTO_MAX_BYTES = 1024 * 1024;

const setDeputyPhotoSchema = z.strictObject({
  deputyId: z.string().min(1, { error: "validation.required" }).pipe(z.uuid()),
  /** Without a file: take the photo off the entry (the stored file stays, as every attachment's history does). */
  file: z.instanceof(Upload).optional(),
});

/** A deputy's photo: an image checked by its content (JPEG, PNG, WebP, GIF), readable by deputy.view holders. */
export const setDeputyPhoto = defineAction({
  name: "deputy.setPhoto",
  permission: "deputy.manage",
  schema: setDeputyPhotoSchema,
  async run({ tx, tenant, member }, { deputyId, file }) {
    const deputy = await tx.deputy.findFirst({ where: { id: deputyId }, select: { id: true, photoId: true } });
    if (!deputy) throw new AppError("NOT_FOUND");
    const stored = file
      ? await storeAttachment(
          tx,
          tenant.id,
          {
            body: file.body,
            fileName: file.fileName,
            owner: { module: "deputies", kind: "photo", id: deputy.id },
            allowed: IMAGE_TYPES,
            maxBytes: PHOTO_MAX_BYTES,
            access: "deputy.view",
          },
          { userId: member.id },
        )
      : null;
    await tx.deputy.update({ where: { id: deputy.id }, data: { photoId: stored?.id ?? null } });
    return {
      result: { photoId: stored?.id ?? null },
      audit: {
        action: "deputy.setPhoto",
        entityType: "Deputy",
        entityId: deputy.id,
        before: { photoId: deputy.photoId },
        after: { photoId: stored?.id ?? null },
      },
    };
  },
});
