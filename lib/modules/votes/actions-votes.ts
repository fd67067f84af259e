"use server";
// Server actions of the vote engine: each hands over to the one mutation path (lib/action.ts).
import { executeAction } from "@/lib/action";
import { getRequestContext } from "@/lib/request-context";
import { castVote } from "./cast-vote";
import { closePoll, createPoll, openPoll, setPresence } from "./move-poll";

export async function castVoteAction(tenantSlug: string, input: unknown) {
  return executeAction(castVote, tenantSlug, input, await getRequestContext());
}
export async function openPollAction(tenantSlug: string, input: unknown) {
  return executeAction(openPoll, tenantSlug, input, await getRequestContext());
}
export async function closePollAction(tenantSlug: string, input: unknown) {
  return executeAction(closePoll, tenantSlug, input, await getRequestContext());
}
export async function setPresenceAction(tenantSlug: string, input: unknown) {
  return executeAction(setPresence, tenantSlug, input, await getRequestContext());
}
export async function createPollAction(tenantSlug: string, input: unknown) {
  return executeAction(createPoll, tenantSlug, input, await getRequestContext());
}
/** A closed named vote recorded on its regulation's vote stage (lib/modules/legislation/record-regulation-vote.ts). */
export async function recordRegulationVoteAction(tenantSlug: string, input: unknown) {
  const { recordRegulationVote } = await import("@/lib/modules/legislation");
  return executeAction(recordRegulationVote, tenantSlug, input, await getRequestContext());
}
