// Checks shared by creating and editing a station: the area must be this city's, a street or township or a
// community or village within one (a district only for an online station, which serves a whole district), the
// name free in the city, the date past.
import type { TenantTx } from "@/lib/db";
import { todayInShanghai } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import type { StationInput } from "./schemas";
import { refuseIf, type StationErrorKey } from "./station-errors";

export async function checkStation(tx: TenantTx, locale: Locale, input: StationInput, selfId?: string) {
  const [clash, area] = await Promise.all([
    tx.liaisonStation.findFirst({
      where: { name: input.name, ...(selfId ? { NOT: { id: selfId } } : {}) },
      select: { id: true },
    }),
    input.areaId ? tx.area.findFirst({ where: { id: input.areaId }, select: { level: true } }) : null,
  ]);
  const problems: Record<string, StationErrorKey> = {};
  if (clash) problems.name = "nameTaken";
  if (input.areaId && !area) problems.areaId = "areaNotFound";
  else if (area && area.level === "DISTRICT" && input.kind !== "ONLINE") problems.areaId = "areaNotStreet";
  if (input.establishedOn && input.establishedOn > todayInShanghai()) problems.establishedOn = "establishedInFuture";
  await refuseIf(locale, problems, "name");
}

/** The columns a station's input writes. */
export function stationData(input: StationInput) {
  return { ...input, establishedOn: input.establishedOn ? new Date(`${input.establishedOn}T00:00:00.000Z`) : null };
}
