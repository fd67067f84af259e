import { defineAction } from "@/lib/action";
import { answerInvitation } from "./cosign-suggestion";
import { suggestionIdSchema } from "./schemas-submit";

/** 不附议: an invited co-signer declines (or takes back a confirmation); they are not counted. */
export const declineCosign = defineAction({
  name: "suggestion.declineCosign",
  permission: "suggestion.submit",
  schema: suggestionIdSchema,
  run: (ctx, input) => answerInvitation(ctx, input.id, false),
});
