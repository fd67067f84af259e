import { randomUUID } from "node:crypto";
import { defineAction } from "@/lib/action";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { storeAttachment, Upload } from "@/lib/modules/attachments";
import { carryIdentities } from "./draft-compare";
import { parseDraft, type ParsedArticle } from "./draft-parser";
import { DRAFT_SOURCE_ACCESS, DRAFT_SOURCE_MAX_BYTES, DRAFT_SOURCE_TYPES } from "./draft-source";
import { canActOnCommitteeRow } from "./policy";
import { addDraftVersionSchema } from "./schemas";

/** The form's fields, and the uploaded file the text came from (server-side only: the action reads the form). */
const addDraftVersionInput = addDraftVersionSchema.extend({
  source: z.instanceof(Upload).optional(),
});

/**
 * A new version of a regulation's text, parsed into chapters and articles. Articles keep their identity from
 * the previous version when they are the same article (even renumbered), so opinions and comparisons follow
 * an article across versions. Text that yields no article is kept whole, with a warning — nothing is lost.
 */
export const addDraftVersion = defineAction({
  name: "draft.add",
  permission: "legislation.committee",
  schema: addDraftVersionInput,
  async run({ tx, tenant, member, request }, input) {
    const reg = await tx.regulation.findFirst({
      where: { id: input.regulationId },
      select: { id: true, title: true, committeeId: true },
    });
    if (!reg) throw new AppError("NOT_FOUND");
    if (!canActOnCommitteeRow(member, reg.committeeId)) throw new AppError("FORBIDDEN", "notYourCommittee");
    const parsed = parseDraft(input.text);
    const previous = await tx.draftVersion.findFirst({
      where: { regulationId: reg.id },
      orderBy: { versionNo: "desc" },
      select: { id: true, versionNo: true },
    });
    const prevArticles = previous
      ? await tx.draftArticle.findMany({ where: { draftVersionId: previous.id }, orderBy: { ordinal: "asc" } })
      : [];
    const identities = carryIdentities(
      prevArticles.map((a) => ({
        identity: a.identity,
        article: {
          number: a.number,
          suffix: a.suffix,
          label: a.label,
          chapter: a.chapter,
          section: a.section,
          text: a.text,
          clauses: [],
        },
      })),
      parsed.articles,
      randomUUID,
    );
    const version = await tx.draftVersion.create({
      data: {
        tenantId: tenant.id,
        regulationId: reg.id,
        versionNo: (previous?.versionNo ?? 0) + 1,
        label: input.label,
        title: parsed.title ?? reg.title,
        sourceText: input.text,
        preamble: parsed.preamble,
        chapters: parsed.chapters,
        warnings: parsed.warnings,
        createdById: member.id,
      },
    });
    // The uploaded file, kept through the attachments module and linked to the version, in this transaction.
    const source = input.source
      ? await storeAttachment(
          tx,
          tenant.id,
          {
            body: input.source.body,
            fileName: input.source.fileName,
            owner: { module: "legislation", kind: "draftSource", id: version.id },
            allowed: DRAFT_SOURCE_TYPES,
            maxBytes: DRAFT_SOURCE_MAX_BYTES,
            access: DRAFT_SOURCE_ACCESS,
          },
          { userId: member.id, requestId: request.requestId },
        )
      : null;
    if (source) await tx.draftVersion.update({ where: { id: version.id }, data: { sourceAttachmentId: source.id } });
    if (parsed.articles.length) {
      await tx.draftArticle.createMany({ data: draftArticleRows(tenant.id, version.id, parsed.articles, identities) });
    }
    return {
      result: {
        id: version.id,
        versionNo: version.versionNo,
        articles: parsed.articles.length,
        warnings: parsed.warnings,
      },
      audit: {
        action: "draft.add",
        entityType: "DraftVersion",
        entityId: version.id,
        after: {
          regulationId: reg.id,
          label: input.label,
          articles: parsed.articles.length,
          warnings: parsed.warnings,
          ...(source ? { source: { attachmentId: source.id, fileName: source.fileName, sha256: source.sha256 } } : {}),
        },
      },
    };
  },
});

/** The DraftArticle rows of a parsed version, in order, each with the identity carried from the version before. */
export function draftArticleRows(
  tenantId: string,
  draftVersionId: string,
  articles: ParsedArticle[],
  identities: string[],
) {
  return articles.map((a, i) => ({
    tenantId,
    draftVersionId,
    identity: identities[i]!,
    ordinal: i + 1,
    number: a.number,
    suffix: a.suffix,
    label: a.label,
    chapter: a.chapter,
    section: a.section,
    text: a.text,
    clauses: a.clauses,
  }));
}
