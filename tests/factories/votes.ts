// Polls for the vote engine's tests and benchmark: a city, a clerk (committee), N voter accounts and a poll made
// through the engine's own createPollInTx.
import { forTenant } from "@/lib/db";
import { createPollInTx, type CreatePollInput } from "@/lib/modules/votes";
import { createTenant, createUser, type TestTenant, type TestUser } from "./index";

export type PollCity = { tenant: TestTenant; clerk: TestUser; voters: TestUser[] };

export async function pollCity(voterCount: number): Promise<PollCity> {
  const tenant = await createTenant();
  const clerk = await createUser(tenant, { roles: ["committee"] });
  const voters: TestUser[] = [];
  for (let i = 0; i < voterCount; i++) voters.push(await createUser(tenant, { roles: ["leader"] }));
  return { tenant, clerk, voters };
}

export async function makePoll(
  city: PollCity,
  overrides: Partial<CreatePollInput> = {},
): Promise<{ pollId: string; itemIds: string[] }> {
  const { pollId } = await forTenant(city.tenant.id).$transaction((tx) =>
    createPollInTx(tx, city.tenant.id, {
      kind: "SATISFACTION",
      secrecy: "ANONYMOUS",
      title: "营商环境专题询问满意度测评",
      optionSet: "SATISFACTION",
      items: [{ label: "市发展和改革委员会" }, { label: "市市场监督管理局" }],
      voterUserIds: city.voters.map((v) => v.id),
      createdById: city.clerk.id,
      open: true,
      ...overrides,
    }),
  );
  const items = await forTenant(city.tenant.id).pollItem.findMany({
    where: { tenantId: city.tenant.id, pollId },
    orderBy: { sortOrder: "asc" },
    select: { id: true },
  });
  return { pollId, itemIds: items.map((i) => i.id) };
}
