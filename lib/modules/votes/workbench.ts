// Polls on the workbench: the open polls waiting for this member's vote.
import type { WorkbenchSource } from "../define";
import { pollsAwaiting } from "./queries-view";

export const workbench: WorkbenchSource = async ({ tenant, member }) => {
  const open = await pollsAwaiting(tenant.id, member.id);
  return open.map((p) => ({
    id: `votes.awaiting:${p.id}`,
    label: "votes.workbench.awaiting",
    values: { title: p.title },
    href: `/${tenant.slug}/console/polls/${p.id}`,
  }));
};
