import { defineAction } from "@/lib/action";
import { dayToDate } from "@/lib/dates";
import { createCallSchema } from "./schemas";

export const createProposalCall = defineAction({
  name: "proposalCall.create",
  permission: "legislation.manage",
  schema: createCallSchema,
  async run({ tx, tenant, member }, input) {
    const call = await tx.proposalCall.create({
      data: {
        tenantId: tenant.id,
        title: input.title,
        description: input.description,
        opensOn: dayToDate(input.opensOn),
        closesOn: dayToDate(input.closesOn),
        channels: input.channels,
        createdById: member.id,
      },
    });
    return {
      result: { id: call.id },
      audit: { action: "proposalCall.create", entityType: "ProposalCall", entityId: call.id, after: input },
    };
  },
});
