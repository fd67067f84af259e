// Submission's test data: a congress session of the city (open or past its deadline), a draft's input as the
// form sends it, and a city whose motions need only three signers (the lead and both co-signers).
import { unsafePrisma } from "@/lib/db";
import { addShanghaiDays, dayToDate, todayInShanghai } from "@/lib/dates";
import { createTenant, uniqueSuffix } from "./index";
import { suggestionCity, type SuggestionCity } from "./suggestions";

/** A city (suggestionCity) whose motions need `motionMinSigners` signers. */
export async function submitCity(motionMinSigners = 3) {
  const tenant = await createTenant({ settings: { suggestions: { motionMinSigners } } });
  return suggestionCity(tenant);
}

/** A session whose deadline is `deadlineInDays` calendar days from today (negative: already past). */
export function congressSession(c: SuggestionCity, o: { deadlineInDays?: number; year?: number } = {}) {
  const deadline = todayInShanghai(addShanghaiDays(new Date(), o.deadlineInDays ?? 5));
  return unsafePrisma.congressSession.create({
    data: {
      tenantId: c.tenant.id,
      term: "第九届",
      number: Math.floor(Math.random() * 1_000_000) + 100,
      name: `测试市第九届人民代表大会第${uniqueSuffix(4)}次会议`,
      year: o.year ?? Number(deadline.slice(0, 4)),
      opensOn: dayToDate(todayInShanghai(addShanghaiDays(new Date(), -10))),
      closesOn: dayToDate(todayInShanghai(addShanghaiDays(new Date(), -7))),
      deadlineOn: dayToDate(deadline),
    },
  });
}

/** A draft's fields as the form sends them (a recess suggestion in "urban", no co-signers unless told). */
export function draftInput(o: Record<string, unknown> = {}) {
  return {
    kind: "SUGGESTION",
    timing: "RECESS",
    title: "关于加快老旧小区改造的建议",
    body: "我市部分老旧小区管网老化、停车困难，建议统筹资金分批改造。",
    category: "urban",
    cosignerIds: [] as string[],
    ...o,
  };
}
