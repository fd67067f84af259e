// The public board (/{city}/messages, only when the city turns it on): replied messages a city published with the
// citizen's consent, anonymised — no name, phone or e-mail, and phone numbers and e-mail addresses blotted out of
// the words (board-text.ts) — with the released reply, newest published first.
import { forTenant } from "@/lib/db";
import { stationChoices } from "@/lib/modules/stations";
import { anonymiseText } from "./board-text";
import { isDefaultCategory, messageSettings } from "./settings";
import type { TenantRecord } from "@/lib/tenant";

export const BOARD_PAGE_SIZE = 20;

export type BoardMessage = {
  id: string;
  title: string;
  body: string;
  category: string;
  categoryIsCode: boolean;
  stationId: string;
  stationName: string;
  submittedAt: string;
  replies: { round: number; body: string; releasedAt: string }[];
};

export type BoardPage = { rows: BoardMessage[]; total: number; page: number; pageSize: number };

export async function listBoardMessages(tenantId: string, page = 1): Promise<BoardPage> {
  const db = forTenant(tenantId);
  const where = {
    publishedAt: { not: null },
    publishConsent: true,
    status: { in: ["RELEASED" as const, "CLOSED" as const] },
  };
  const p = Math.max(1, Math.floor(page) || 1);
  const [total, messages] = await Promise.all([
    db.citizenMessage.count({ where }),
    db.citizenMessage.findMany({
      where,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      skip: (p - 1) * BOARD_PAGE_SIZE,
      take: BOARD_PAGE_SIZE,
      select: { id: true, title: true, body: true, category: true, stationId: true, createdAt: true },
    }),
  ]);
  const replies = messages.length
    ? await db.citizenMessageReply.findMany({
        where: { messageId: { in: messages.map((m) => m.id) }, releasedAt: { not: null }, sentBackAt: null },
        orderBy: [{ round: "asc" }, { createdAt: "asc" }],
        select: { messageId: true, round: true, body: true, releasedAt: true },
      })
    : [];
  const stations = new Map(
    (await stationChoices(tenantId, [...new Set(messages.map((m) => m.stationId))])).map((s) => [s.id, s.name]),
  );
  return {
    total,
    page: p,
    pageSize: BOARD_PAGE_SIZE,
    rows: messages.map((m) => ({
      id: m.id,
      title: anonymiseText(m.title),
      body: anonymiseText(m.body),
      category: m.category,
      categoryIsCode: isDefaultCategory(m.category),
      stationId: m.stationId,
      stationName: stations.get(m.stationId) ?? "",
      submittedAt: m.createdAt.toISOString(),
      replies: replies
        .filter((r) => r.messageId === m.id)
        .map((r) => ({ round: r.round, body: anonymiseText(r.body), releasedAt: r.releasedAt!.toISOString() })),
    })),
  };
}

/** The board of a city that has it on (messageSettings.publicBoard), else null (the page answers 404). */
export async function loadPublicBoard(
  tenant: Pick<TenantRecord, "id" | "settings">,
  page = 1,
): Promise<BoardPage | null> {
  if (!messageSettings(tenant.settings).publicBoard) return null;
  return listBoardMessages(tenant.id, page);
}
