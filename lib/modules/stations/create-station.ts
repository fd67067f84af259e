import { defineAction } from "@/lib/action";
import { checkStation, stationData } from "./check-station";
import { ensureStandard } from "./ensure-standard";
import { stationSchema } from "./schemas";

/** Sets up a liaison station (代表联络站); its staff accounts are the `station` role scoped to it. */
export const createStation = defineAction({
  name: "station.create",
  permission: "station.manage",
  schema: stationSchema,
  async run({ tx, tenant, request }, input) {
    await checkStation(tx, request.locale, input);
    const station = await tx.liaisonStation.create({ data: { tenantId: tenant.id, ...stationData(input) } });
    // The station's checklist needs the city's standard: the first station writes the default one.
    await ensureStandard(tx, tenant.id);
    return {
      result: { id: station.id },
      audit: { action: "station.create", entityType: "LiaisonStation", entityId: station.id, after: input },
    };
  },
});
