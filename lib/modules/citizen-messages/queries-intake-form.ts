// What the public message form shows: the station (and deputy) it goes to, or the city's stations to pick from,
// the city's categories, and the district and streets the message may concern. Public fields only (the stations
// module's public reads); nothing here is the citizen's.
import { isUuid } from "@/lib/ids";
import { getPublicStation, listPublicStations } from "@/lib/modules/stations";
import { cachedAreaIndex } from "@/lib/modules/tenancy";
import type { TenantRecord } from "@/lib/tenant";
import type { IntakeFormData } from "./intake-form-types";
import { messageSettings } from "./settings";

export type { IntakeFormData } from "./intake-form-types";

export async function intakeFormData(
  tenant: Pick<TenantRecord, "id" | "settings">,
  query: { station?: string | null; deputy?: string | null },
): Promise<IntakeFormData> {
  const asked = query.station && isUuid(query.station) ? query.station : null;
  const [found, areas] = await Promise.all([
    asked ? getPublicStation(tenant.id, asked) : Promise.resolve(null),
    cachedAreaIndex(tenant.id),
  ]);
  const categories = messageSettings(tenant.settings).categories;
  const districtId = found?.districtId ?? null;
  const areaList = [...areas.values()]
    .filter((a) => a.depth <= 1 && (districtId === null || a.districtId === districtId))
    .map((a) => ({ id: a.id, name: a.name, depth: a.depth }));
  if (!found) {
    const stations = await listPublicStations(tenant.id);
    return {
      station: null,
      stationUnavailable: Boolean(query.station),
      deputyId: null,
      stations: stations.map((s) => ({ id: s.id, name: s.name, district: s.district })),
      categories,
      areas: areaList,
    };
  }
  const deputies = found.grouped.map((d) => ({ id: d.id, name: d.name, level: d.level }));
  return {
    station: {
      id: found.id,
      name: found.name,
      address: found.address,
      district: found.district,
      street: found.street,
      deputies,
    },
    stationUnavailable: false,
    deputyId: deputies.some((d) => d.id === query.deputy) ? query.deputy! : null,
    stations: [],
    categories,
    areas: areaList,
  };
}
