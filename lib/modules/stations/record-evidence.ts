import { z } from "zod";
import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { DOCUMENT_TYPES, IMAGE_TYPES, storeAttachment, Upload } from "@/lib/modules/attachments";
import { runsStation } from "./policy";
import { evidenceSchema } from "./schemas";

/** Server actions take bodies up to 1 MB (next.config.ts): a photo is resized on the phone's side by the camera. */
export const EVIDENCE_MAX_BYTES = 1024 * 1024;

/** The form's fields and the photo or document that proves the item (server-side only: the action reads the form). */
const recordEvidenceInput = evidenceSchema.extend({ file: z.instanceof(Upload).optional() });

/** A station's evidence for one item of the city's standard: met or not, a note, and a photo or document. */
export const recordEvidence = defineAction({
  name: "station.recordEvidence",
  permission: "station.operate",
  schema: recordEvidenceInput,
  async run({ tx, tenant, member }, { file, removeAttachment, ...input }) {
    const [station, item] = await Promise.all([
      tx.liaisonStation.findFirst({ where: { id: input.stationId }, select: { id: true } }),
      tx.stationStandardItem.findFirst({ where: { id: input.itemId }, select: { id: true } }),
    ]);
    if (!station || !item) throw new AppError("NOT_FOUND");
    if (!runsStation(member, station.id)) throw new AppError("FORBIDDEN");
    const previous = await tx.stationEvidence.findFirst({
      where: { stationId: station.id, itemId: item.id },
      select: { met: true, note: true, attachmentId: true },
    });
    const evidence = await tx.stationEvidence.upsert({
      where: { tenantId_stationId_itemId: { tenantId: tenant.id, stationId: station.id, itemId: item.id } },
      create: { tenantId: tenant.id, stationId: station.id, itemId: item.id, met: input.met, note: input.note },
      update: { met: input.met, note: input.note, updatedById: member.id },
    });
    let attachmentId = removeAttachment ? null : (previous?.attachmentId ?? null);
    if (file) {
      const stored = await storeAttachment(
        tx,
        tenant.id,
        {
          body: file.body,
          fileName: file.fileName,
          owner: { module: "stations", kind: "evidence", id: evidence.id },
          allowed: [...IMAGE_TYPES, ...DOCUMENT_TYPES],
          maxBytes: EVIDENCE_MAX_BYTES,
          access: "station.view",
        },
        { userId: member.id },
      );
      attachmentId = stored.id;
    }
    await tx.stationEvidence.update({ where: { id: evidence.id }, data: { attachmentId, updatedById: member.id } });
    return {
      result: { id: evidence.id },
      audit: {
        action: "station.recordEvidence",
        entityType: "StationEvidence",
        entityId: evidence.id,
        before: previous ?? undefined,
        after: { ...input, attachmentId },
      },
    };
  },
});
