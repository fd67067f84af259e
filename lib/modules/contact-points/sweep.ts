// Read functions of the cross-tenant sweep (manifest `sweep.lookups`): asked with another city's id, none finds anything.
import { getAssignment, getContactPoint } from "./queries-points";

export const lookups = { point: getContactPoint, assignment: getAssignment };
