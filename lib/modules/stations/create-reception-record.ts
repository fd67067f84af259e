import { z } from "zod";
import { defineAction } from "@/lib/action";
import { dayToDate, todayInShanghai } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { IMAGE_TYPES, storeAttachment, Upload } from "@/lib/modules/attachments";
import { checkDeputies } from "./check-schedule";
import { runsStation } from "./policy";
import { receptionRecordSchema } from "./schemas";
import { refuseIf, type StationErrorKey } from "./station-errors";

/** Server actions take bodies up to 1 MB (next.config.ts), all photos of one record together. */
export const PHOTOS_MAX_BYTES = 1024 * 1024;

const createReceptionRecordInput = receptionRecordSchema.extend({
  photos: z.array(z.instanceof(Upload)).max(9, { error: "validation.tooMany" }).default([]),
});

/**
 * A reception held at a station (进站接待), entered by its staff: the day (from a reception day or not), the
 * deputies present — one ReceptionAttendance row each, which the duty-points module counts — the people received,
 * a summary, the issues raised and photos.
 */
export const createReceptionRecord = defineAction({
  name: "station.createReceptionRecord",
  permission: "station.operate",
  schema: createReceptionRecordInput,
  async run({ tx, tenant, member, request }, { photos, issues, ...input }) {
    const station = await tx.liaisonStation.findFirst({ where: { id: input.stationId }, select: { id: true } });
    if (!station) throw new AppError("NOT_FOUND");
    if (!runsStation(member, station.id)) throw new AppError("FORBIDDEN");
    const problems: Record<string, StationErrorKey> = {};
    const receptionDay = input.receptionDayId
      ? await tx.receptionDay.findFirst({
          where: { id: input.receptionDayId, stationId: station.id },
          select: { id: true },
        })
      : null;
    if (input.receptionDayId && !receptionDay) problems.receptionDayId = "receptionDayNotFound";
    // One record per reception day: a second would count its deputies' attendance twice.
    else if (receptionDay && (await tx.receptionRecord.count({ where: { receptionDayId: receptionDay.id } })) > 0)
      problems.receptionDayId = "receptionDayRecorded";
    if (input.day > todayInShanghai()) problems.day = "recordInFuture";
    const deputyIds = [...new Set(input.deputyIds)];
    await checkDeputies(tenant.id, deputyIds, problems);
    await refuseIf(request.locale, problems);
    const record = await tx.receptionRecord.create({
      data: {
        tenantId: tenant.id,
        stationId: station.id,
        receptionDayId: receptionDay?.id ?? null,
        day: dayToDate(input.day),
        peopleReceived: input.peopleReceived,
        summary: input.summary,
        recordedById: member.id,
      },
    });
    await tx.receptionAttendance.createMany({
      data: deputyIds.map((deputyId) => ({ tenantId: tenant.id, recordId: record.id, deputyId })),
    });
    if (issues.length)
      await tx.receptionIssue.createMany({
        data: issues.map((i) => ({ tenantId: tenant.id, recordId: record.id, ...i })),
      });
    for (const photo of photos)
      await storeAttachment(
        tx,
        tenant.id,
        {
          body: photo.body,
          fileName: photo.fileName,
          owner: { module: "stations", kind: "receptionPhoto", id: record.id },
          allowed: IMAGE_TYPES,
          maxBytes: PHOTOS_MAX_BYTES,
          access: "station.view",
        },
        { userId: member.id },
      );
    return {
      result: { id: record.id },
      audit: {
        action: "station.createReceptionRecord",
        entityType: "ReceptionRecord",
        entityId: record.id,
        after: { ...input, deputyIds, issues, photos: photos.length },
      },
    };
  },
});
