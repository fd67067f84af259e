// Read functions of the cross-tenant sweep (manifest `sweep.lookups`): asked with another city's id, none finds anything.
import { getReceptionRecord } from "./queries-receptions";
import { getStation } from "./queries-stations";

export const lookups = { station: getStation, record: getReceptionRecord };
