import { defineAction } from "@/lib/action";
import { dateToDay } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { checkStation, stationData } from "./check-station";
import { updateStationSchema } from "./schemas";

/** Edits a station; deactivating keeps its history, deputies and records but takes it off the public list. */
export const updateStation = defineAction({
  name: "station.update",
  permission: "station.manage",
  schema: updateStationSchema,
  async run({ tx, request }, { id, ...input }) {
    const station = await tx.liaisonStation.findFirst({ where: { id } });
    if (!station) throw new AppError("NOT_FOUND");
    await checkStation(tx, request.locale, input, station.id);
    await tx.liaisonStation.update({ where: { id: station.id }, data: stationData(input) });
    const before = {
      name: station.name,
      kind: station.kind,
      areaId: station.areaId,
      address: station.address,
      openingHours: station.openingHours,
      phone: station.phone,
      intro: station.intro,
      establishedOn: station.establishedOn ? dateToDay(station.establishedOn) : null,
      active: station.active,
    };
    return {
      result: { id: station.id },
      audit: { action: "station.update", entityType: "LiaisonStation", entityId: station.id, before, after: input },
    };
  },
});
