// The demo suggestions in flight now, dated back from today in working days, so each demo account has something
// to do whatever day the demo is seeded: the `deputy` account's deputy (a draft, one returned for revision, a reply
// to rate, one in re-handling after 不满意, a motion they are invited to co-sign), the `unit` account's unit (due in
// two working days, overdue, inside its hand-back window, a hand-back asked, views owed as an assisting unit, B
// replies whose promised day is near or past), the office's (to review, convert, merge, assign, a hand-back to
// decide) and the leader's (a key one with a 约见 meeting). Every state of the machine is among them.
import { daysInRange } from "@/lib/modules/calendar";
import * as D from "./demo-suggestions";
import * as H from "./demo-suggestion-handling";
import type { DeputyRef as Deputy, Sug, UnitRef } from "./demo-suggestions";
import { cosigners, handled, keyOf, otherUnit, own, topicFor, TOPICS, type Ctx } from "./demo-suggestion-plans";

/** Calendar days from `from` to `to`. */
const daysFrom = (from: string, to: string) => daysInRange(from, to).length - 1;

export function currentSuggestions(c: Ctx): Sug[] {
  const out: Sug[] = [];
  const ago = (n: number) => D.wd(c, c.today, -n);
  const me = () => c.demoDeputy ?? c.rand.pick(c.deputies);
  const U = c.demoUnit;
  /** Drafted, co-signed, submitted and (when `acceptOn`) accepted on the days given. */
  type Start = { submit: string; accept?: string; deputy?: Deputy; unit?: UnitRef; n?: number };
  const start = (o: Start) => {
    own(c);
    const t = topicFor(c, o.unit);
    const deputy = o.deputy ?? c.rand.pick(c.deputies);
    const s = D.newSuggestion(c, { topic: t.topic, deputy });
    const n = o.n ?? c.rand.int(0, 2);
    D.draft(c, s, D.wd(c, o.submit, -c.rand.int(1, 4)), cosigners(c, n, [deputy.id]));
    D.cosign(c, s, o.submit, n);
    D.submit(c, s, o.submit);
    if (o.accept !== undefined) D.accept(c, s, o.accept);
    out.push(s);
    return { s, t };
  };
  /** Assigned `assignAgo` working days ago, or on the day that makes it fall due on `due`. */
  const assigned = (o: { assignAgo?: number; due?: string; deputy?: Deputy; lead?: UnitRef; assist?: UnitRef }) => {
    const on = o.due ? D.wd(c, o.due, -c.settings.handlingWorkingDays) : ago(o.assignAgo!);
    const { s, t } = start({ submit: D.wd(c, on, -4), accept: D.wd(c, on, -2), deputy: o.deputy, unit: o.lead });
    const assists = o.assist ? [o.assist] : t.assists;
    const lead = o.lead ?? (o.assist && t.lead.id === o.assist.id ? otherUnit(c, o.assist.id) : t.lead);
    H.assign(
      c,
      s,
      on,
      lead,
      assists.filter((u) => u.id !== lead.id),
    );
    return s;
  };

  // The deputy's own: a draft with co-signers invited, one returned for revision.
  {
    own(c);
    const t = topicFor(c);
    const s = D.newSuggestion(c, { topic: t.topic, deputy: me() });
    D.draft(c, s, ago(1), cosigners(c, 2, [me().id]));
    out.push(s);
  }
  D.returnIt(c, start({ submit: ago(8), deputy: me(), n: 1 }).s, ago(5));
  // A reply waiting for the deputy's rating.
  {
    const s = assigned({ assignAgo: 60, deputy: me() });
    H.contact(c, s, ago(55), "BEFORE");
    H.reply(c, s, ago(2), "A");
  }
  // 不满意 on a C reply of the demo unit: re-handled on a new deadline (rehandleCount 1).
  {
    const s = assigned({ assignAgo: 66, deputy: me(), lead: U });
    H.contact(c, s, ago(60), "BEFORE");
    H.reply(c, s, ago(14), "C");
    H.rate(c, s, ago(9), "UNSATISFIED");
  }
  // Closed and in-plan ones of the deputy.
  out.push(handled(c, { assignDay: ago(140), deputy: me(), reply: "A", rating: "SATISFIED" }));
  {
    const s = assigned({ assignAgo: 100, deputy: me() });
    H.reply(c, s, ago(45), "B", daysFrom(ago(45), c.today) + 12);
    H.rate(c, s, ago(40), "SATISFIED");
  }
  // A motion gathering signers: eight confirmed, the demo deputy and one more invited.
  {
    own(c);
    const lead = c.rand.pick(c.deputies.filter((d) => d.id !== c.demoDeputy?.id));
    const s = D.newSuggestion(c, { topic: TOPICS[0]!, deputy: lead, kind: "MOTION" });
    const others = cosigners(c, 9, [lead.id]);
    D.draft(c, s, ago(6), [...others.slice(0, 8), ...(c.demoDeputy ? [c.demoDeputy] : []), others[8]!]);
    D.cosign(c, s, ago(4), 8);
    s.row.title = `关于制定《${c.cityName}物业管理条例》的议案`;
    out.push(s);
  }

  // The demo unit's: due in two working days, overdue, inside the hand-back window, a hand-back asked.
  {
    const s = assigned({ due: D.wd(c, c.today, 2), lead: U });
    H.contact(c, s, D.wd(c, D.dayOf(s.last), 3), "BEFORE");
    H.view(c, s, D.wd(c, D.dayOf(s.last), 10));
  }
  assigned({ due: ago(3), lead: U });
  assigned({ assignAgo: 2, lead: U });
  H.requestHandback(c, assigned({ assignAgo: 4, lead: U }), ago(1));
  // Assisting: a view still owed, and one sent.
  assigned({ assignAgo: 10, assist: U });
  H.view(c, assigned({ assignAgo: 30, assist: U }), ago(20));
  // B replies of the demo unit: the promised day in six days, and one four days past (its follow-up owed).
  {
    const s = assigned({ assignAgo: 90, lead: U });
    H.reply(c, s, ago(35), "B", daysFrom(ago(35), c.today) + 6);
    H.rate(c, s, ago(30), "SATISFIED");
  }
  {
    const s = assigned({ assignAgo: 150, lead: U });
    H.reply(c, s, ago(100), "B", daysFrom(ago(100), c.today) - 4);
    H.rate(c, s, ago(95), "BASIC");
  }

  // The office's: to review (one a motion short of signers), to assign, a motion converted, a merge, a withdrawal.
  start({ submit: ago(1) });
  start({ submit: ago(3), n: 2 });
  {
    const { s } = start({ submit: ago(2), n: 2 });
    Object.assign(s.row, { kind: "MOTION", title: `关于制定《${c.cityName}居家养老服务条例》的议案` });
  }
  const target = start({ submit: ago(6), accept: ago(3) }).s;
  start({ submit: ago(7), accept: ago(2) });
  {
    const { s, t } = start({ submit: ago(20), n: 2 });
    Object.assign(s.row, { kind: "MOTION", title: `关于制定《${c.cityName}黑土地保护条例》的议案` });
    D.convert(c, s, ago(18));
    D.accept(c, s, ago(17));
    H.assign(c, s, ago(15), t.lead, t.assists);
  }
  {
    own(c);
    const deputy = c.rand.pick(c.deputies);
    const s = D.newSuggestion(c, { topic: target.topic, deputy });
    D.draft(c, s, ago(8), cosigners(c, 1, [deputy.id]));
    D.cosign(c, s, ago(6), 1);
    D.submit(c, s, ago(5));
    D.merge(c, s, ago(1), target);
    out.push(s);
  }
  D.withdraw(c, start({ submit: ago(9) }).s, ago(7));
  // Reassigned after a hand-back (round 2 on a new clock), a hand-back refused, one overdue elsewhere.
  out.push(handled(c, { assignDay: ago(40), handback: true, reply: null, contacts: 1 }));
  {
    const s = assigned({ assignAgo: 25 });
    H.requestHandback(c, s, ago(22));
    H.refuseHandback(c, s, ago(20));
  }
  assigned({ due: ago(10) });
  // The leader's: a key one in handling, pushed by the legislative affairs commission where the city has it.
  {
    own(c);
    const t = topicFor(c);
    const s = D.newSuggestion(c, { topic: t.topic, deputy: c.rand.pick(c.deputies) });
    D.draft(c, s, ago(30), []);
    D.submit(c, s, ago(27));
    D.accept(c, s, ago(25));
    const key = keyOf(c, t.topic, c.committees.has("legislative-affairs") ? "legislative-affairs" : undefined);
    H.assign(c, s, ago(22), t.lead, t.assists, key);
    H.meeting(c, s, ago(5));
    out.push(s);
  }
  return out;
}
