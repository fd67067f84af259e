// Read functions of the cross-tenant sweep (manifest `sweep.lookups`): asked with another city's id, none finds anything.
import { findNotification } from "./queries-notifications";

export const lookups = { notification: findNotification };
