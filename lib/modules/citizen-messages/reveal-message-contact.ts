import { defineAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { messageFor } from "./console-moves";
import { mayRevealContact } from "./policy";
import { revealMessageContactSchema } from "./schemas-console";

/**
 * Shows the citizen's whole phone number or e-mail to whoever must call back (mayRevealContact), and records who
 * looked: an audit row each time, naming the field, never the value.
 */
export const revealMessageContact = defineAction({
  name: "message.revealContact",
  permission: "message.revealContact",
  schema: revealMessageContactSchema,
  async run(ctx, input) {
    const { viewer, message } = await messageFor(ctx, input.id);
    if (!mayRevealContact(viewer, message)) throw new AppError("FORBIDDEN", "citizenMessages.errors.notRevealable");
    return {
      result: { value: (input.field === "phone" ? message.phone : message.email) ?? "" },
      audit: {
        action: "message.revealContact",
        entityType: "CitizenMessage",
        entityId: message.id,
        after: { revealed: input.field },
      },
    };
  },
});
