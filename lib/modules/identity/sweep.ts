// Read functions of the cross-tenant sweep (manifest `sweep.lookups`): asked with another city's id, none finds anything.
import { getUser } from "./queries";

export const lookups = { user: getUser };
