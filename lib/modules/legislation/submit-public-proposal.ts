import { rateLimitClient } from "@/lib/client-ip";
import { definePublicAction } from "@/lib/public-action";
import { positiveInt } from "@/lib/env";
import { newReceiptCode } from "@/lib/receipt";
import { assertFieldOfTenant, findOpenCall } from "./find-open-call";
import { publicProposalSchema } from "./schemas";

/** A citizen proposes a regulation from the portal (no account); answers the receipt code to track it by. */
export const submitPublicProposal = definePublicAction({
  name: "proposal.submitPublic",
  schema: publicProposalSchema,
  // Floods are refused before any work: per client address (every request counts, junk too) and per city
  // (valid proposals only, so one client's junk cannot close the portal to everyone).
  limits: ({ tenant, request }) => [
    {
      bucket: `proposal:t:${tenant.id}`,
      limit: positiveInt(process.env.PROPOSAL_LIMIT_PER_CITY, 600),
      windowSeconds: 3600,
      slots: 4,
      validOnly: true,
    },
    ...(request.ip
      ? [
          {
            bucket: `proposal:ip:${tenant.id}:${rateLimitClient(request.ip)}`,
            limit: positiveInt(process.env.PROPOSAL_LIMIT_PER_CLIENT, 20),
            windowSeconds: 3600,
          },
        ]
      : []),
  ],
  async run({ tx, tenant }, input) {
    await findOpenCall(tx, input.callId);
    await assertFieldOfTenant(tx, input.fieldId);
    const receiptCode = newReceiptCode();
    const p = await tx.legislativeProposal.create({
      data: {
        tenantId: tenant.id,
        callId: input.callId,
        receiptCode,
        title: input.title,
        necessity: input.necessity,
        mainContent: input.mainContent,
        fieldId: input.fieldId,
        proposerType: "PUBLIC",
        proposerName: input.proposerName,
        proposerContact: input.proposerContact,
      },
    });
    return {
      result: { id: p.id, receiptCode },
      audit: {
        action: "proposal.submit",
        entityType: "LegislativeProposal",
        entityId: p.id,
        after: { title: p.title, proposerType: "PUBLIC" },
      },
    };
  },
});
