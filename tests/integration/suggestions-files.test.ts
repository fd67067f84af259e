// A suggestion's files are served only to members who see the suggestion (manifest `attachmentReaders`), not to
// everyone holding `suggestion.view`: a reply letter to the units, deputies and office of that suggestion; an
// assisting unit's view file to the lead unit, the office and the deputies, and to that assisting unit — not to a
// unit of the city that never held the suggestion, nor to another city.
import { expect, test } from "vitest";
import { unsafePrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { serveAttachment } from "@/lib/modules/attachments";
import { replySuggestion, sendSuggestionView } from "@/lib/modules/suggestions";
import { createUnit, createUser, sessionFor } from "../factories";
import { insertSuggestion, suggestionCity } from "../factories/suggestions";
import { actAs, pdfLetter } from "../factories/suggestions-handling";

async function status(slug: string, id: string, user: { id: string; tenantId: string }): Promise<number | string> {
  try {
    return (await serveAttachment(slug, id, {}, sessionFor(user))).status;
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
}

test("reply letters and views reach only those who see the suggestion", async () => {
  const c = await suggestionCity();
  const s = await insertSuggestion(c, { status: "ASSIGNED" });
  // A second assisting unit, whose account must not read the first one's view.
  const second = await createUnit(c.tenant);
  await unsafePrisma.suggestionAssignment.create({
    data: {
      tenantId: c.tenant.id,
      suggestionId: s.id,
      unitId: second.id,
      role: "ASSIST",
      dueOn: new Date(),
      viewDueOn: new Date(),
    },
  });
  const secondUser = await createUser(c.tenant, { roles: [{ role: "unit", scopeId: second.id }] });
  expect(
    (await actAs(c, c.assistUnitUser)(sendSuggestionView, { id: s.id, body: "同意。", file: pdfLetter() })).ok,
  ).toBe(true);
  expect(
    (await actAs(c, c.leadUnitUser)(replySuggestion, { id: s.id, category: "A", body: "已办。", letter: pdfLetter() }))
      .ok,
  ).toBe(true);
  const view = await unsafePrisma.suggestionAssignment.findFirstOrThrow({
    where: { tenantId: c.tenant.id, suggestionId: s.id, unitId: c.assistUnit.id },
  });
  const reply = await unsafePrisma.suggestionReply.findFirstOrThrow({
    where: { tenantId: c.tenant.id, suggestionId: s.id },
  });
  const slug = c.tenant.slug;
  const letter = reply.letterAttachmentId!;
  const viewFile = view.viewAttachmentId!;

  for (const u of [c.office, c.leader, c.lead.user, c.co1.user, c.leadUnitUser, c.assistUnitUser, secondUser])
    expect(await status(slug, letter, u)).toBe(200);
  for (const u of [c.office, c.lead.user, c.leadUnitUser, c.assistUnitUser])
    expect(await status(slug, viewFile, u)).toBe(200);
  // Holding suggestion.view is not enough: a unit that never held it, an assisting unit for another's view.
  expect(await status(slug, letter, c.otherUnitUser)).toBe("NOT_FOUND");
  expect(await status(slug, viewFile, c.otherUnitUser)).toBe("NOT_FOUND");
  expect(await status(slug, viewFile, secondUser)).toBe("NOT_FOUND");
  // Another city's office: as if the file did not exist.
  const elsewhere = await suggestionCity();
  expect(await status(elsewhere.tenant.slug, letter, elsewhere.office)).toBe("NOT_FOUND");
});
