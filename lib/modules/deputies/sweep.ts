// Read functions of the cross-tenant sweep (manifest `sweep.lookups`): asked with another city's id, none finds anything.
import { getDeputy } from "./queries-deputies";

export const lookups = { deputy: getDeputy };
