// The .xlsx detail sheet (意见明细, a row per opinion) is the one place a whole consultation passes through the
// app, so PostgreSQL writes its rows: `COPY (SELECT <row XML> …) TO STDOUT` streams them, already escaped, as raw
// UTF-8 bytes that go straight into the zip. Node never holds an opinion as a JS object or string. Why: rows
// parsed into JS, however short-lived, were promoted to V8's old generation, which then grew to ~4x the live
// heap before a full collection — +150 MB on 500,000 opinions, against 300 MB for the whole process. COPY's
// bytes arrive as Buffers, outside the heap, and go as soon as they are deflated.
//
// It runs on a connection of its own (the `pg` driver; COPY is not something Prisma does), one COPY per article,
// each read in (disposition, createdAt) order straight off the (article, disposition, createdAt) index. COPY
// takes no bind parameters, so the values travel as session settings set by a parameterised query first.
// Also here: who issues the exports (exportIssuer).
import pg from "pg";
import { forTenant, unsafePrisma } from "@/lib/db";
import { CAMPAIGN_MIN_SIZE } from "./workflow";

/** The code of the 法制工作委员会 among a city's committees (lib/seed/demo-tenants.ts). */
const LEGISLATIVE_AFFAIRS = "legislative-affairs";

/**
 * Who issues the summary table: the city's 法制工作委员会 (by its code, or by name), else the committee leading the
 * regulation, under the city's standing committee (辽源市人大常委会法制工作委员会); the standing committee alone
 * when the city has neither.
 */
export async function exportIssuer(tenantId: string, regulationCommitteeId: string | null): Promise<string> {
  const db = forTenant(tenantId);
  const [tenant, office] = await Promise.all([
    unsafePrisma.tenant.findUnique({ where: { id: tenantId }, select: { fullName: true } }),
    db.committee.findFirst({
      where: { OR: [{ code: LEGISLATIVE_AFFAIRS }, { name: { contains: "法制工作委员会" } }] },
      orderBy: { sortOrder: "asc" },
      select: { name: true },
    }),
  ]);
  const lead =
    office ??
    (regulationCommitteeId
      ? await db.committee.findFirst({ where: { id: regulationCommitteeId }, select: { name: true } })
      : null);
  const city = tenant?.fullName ?? "";
  return lead ? (lead.name.startsWith(city) ? lead.name : `${city}${lead.name}`) : city;
}

export const EXPORT_APPLICATION_NAME = "lianxin-export";

export type DetailLabels = {
  /** Display names, in CONSULTATION_CHANNELS / DISPOSITIONS order (the enums' order in the database). */
  channels: string[];
  dispositions: string[];
  pending: string;
};

const setting = (name: string) => `current_setting('lianxin_export.${name}')`;

// Text made safe twice: for XML (characters XML 1.0 cannot carry dropped, markup escaped) and for COPY's text
// format (backslash, tab, CR and LF become character references, so COPY has nothing left to escape).
const esc = (expr: string) =>
  `replace(replace(replace(replace(replace(replace(replace(replace(regexp_replace(coalesce(${expr}, ''), '[\\x01-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]', '', 'g'), '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), E'\\\\', '&#92;'), E'\\n', '&#10;'), E'\\r', '&#13;'), E'\\t', '&#9;')`;
// Lean cells (this sheet can run to hundreds of MB of XML): no xml:space (texts are stored trimmed). Styles of
// export-xlsx.ts: 1 wrapped, 5 plain, 9 a number, 4 a date — all with thin borders; an empty cell is still
// written (bordered, no value) so the printed table has every line.
const text = (col: string, expr: string, wrap = false) =>
  `'<c r="${col}' || x.r || '" s="${wrap ? 1 : 5}" t="inlineStr"><is><t>' || ${esc(expr)} || '</t></is></c>'`;
const empty = (col: string) => `'<c r="${col}' || x.r || '" s="5"/>'`;
const optional = (col: string, expr: string, wrap = false) =>
  `CASE WHEN ${expr} IS NULL THEN ${empty(col)} ELSE ${text(col, expr, wrap)} END`;

// Columns A–J as in export-xlsx.ts: no., article, channel, contact point or area, opinion, submitted (an Excel
// date serial of Shanghai time: + 1/3 day), identical copies (campaigns only), disposition, reason, changed article.
const ROW_XML = `'<row r="' || x.r || '"><c r="A' || x.r || '" s="9"><v>' || (x.r - 1) || '</v></c>'
  || ${text("B", setting("label"))} || ${text("C", "x.channel")} || ${optional("D", "x.source")} || ${text("E", "x.content", true)}
  || '<c r="F' || x.r || '" s="4"><v>' || to_char(extract(epoch FROM x."createdAt") / 86400 + 25569 + 1.0 / 3, 'FM9999999990.000000') || '</v></c>'
  || CASE WHEN x.copies IS NULL THEN ${empty("G")} ELSE '<c r="G' || x.r || '" s="9"><v>' || x.copies || '</v></c>' END
  || ${text("H", "x.disposition")} || ${optional("I", "x.reason", true)} || ${optional("J", "x.adopted")} || '</row>'`;

function copySql(whole: boolean): string {
  const order = `${whole ? `o."articleIdentity" ASC NULLS LAST, ` : ""}o."disposition" ASC NULLS LAST, o."createdAt" DESC, o."id" ASC`;
  return `COPY (SELECT ${ROW_XML} FROM (
    SELECT ${setting("first")}::bigint - 1 + row_number() OVER (ORDER BY ${order}) AS r, o."createdAt", o."content", o."reason",
           CASE WHEN o."contactPointId" IS NULL THEN a."name" ELSE o."name" END AS source, k."size" AS copies, v."label" || da."label" AS adopted,
           (${setting("channels")}::text[])[array_position(enum_range(NULL::"ConsultationChannel"), o."channel")] AS channel,
           coalesce((${setting("dispositions")}::text[])[array_position(enum_range(NULL::"OpinionDisposition"), o."disposition")], ${setting("pending")}) AS disposition
    FROM "Opinion" o
    LEFT JOIN "Area" a ON a."tenantId" = o."tenantId" AND a."id" = o."areaId"
    LEFT JOIN "OpinionCampaign" k ON k."tenantId" = o."tenantId" AND k."consultationId" = o."consultationId" AND k."contentHash" = o."contentHash" AND k."size" >= ${CAMPAIGN_MIN_SIZE}
    LEFT JOIN "DraftArticle" da ON da."tenantId" = o."tenantId" AND da."id" = o."adoptedArticleId"
    LEFT JOIN "DraftVersion" v ON v."tenantId" = da."tenantId" AND v."id" = da."draftVersionId"
    WHERE o."tenantId" = ${setting("tenant")}::uuid AND o."consultationId" = ${setting("consultation")}::uuid
      AND ${whole ? `o."articleIdentity" IS NULL` : `o."articleIdentity" = ${setting("article")}::uuid`}
    ORDER BY ${order}) x) TO STDOUT`;
}

/** A COPY … TO STDOUT run through pg's "submittable" interface (as pg-copy-streams does): each CopyData chunk is
 *  handed to `onChunk` as it arrives; resolves with the number of rows once the server is ready again. */
class CopyOut {
  private rows = 0;
  readonly done: Promise<number>;
  private settle!: { resolve: (n: number) => void; reject: (e: Error) => void };
  constructor(
    private readonly sql: string,
    private readonly onChunk: (chunk: Buffer) => void,
  ) {
    this.done = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
  }
  submit(connection: { query: (text: string) => void }) {
    connection.query(this.sql);
  }
  handleCopyData(msg: { chunk: Buffer }) {
    this.onChunk(msg.chunk);
  }
  handleCommandComplete(msg: { text: string }) {
    this.rows = Number(msg.text.split(" ")[1] ?? 0);
  }
  // Settles at once: a dropped connection sends no ReadyForQuery (and a second settle is a no-op).
  handleError(err: Error) {
    this.settle.reject(err);
  }
  handleReadyForQuery() {
    this.settle.resolve(this.rows);
  }
  // Not sent for COPY TO; present because the client may call them on any active query.
  handleRowDescription() {}
  handleDataRow() {}
  handleEmptyQuery() {}
  handlePortalSuspended() {}
}

type Flow = { write: (chunk: Buffer) => void; full: () => boolean; ready: () => Promise<void> };

/**
 * The detail rows of one consultation, article by article: `article(identity, label, firstRow, out)` streams one
 * article's opinions (null: the whole draft) as rows numbered from firstRow into `out` and returns how many.
 * When `out` is full the socket is paused, so PostgreSQL waits for the reader. `close()` releases the connection.
 */
export async function openDetailReader(tenantId: string, consultationId: string, labels: DetailLabels) {
  // Named, so an export is recognisable in pg_stat_activity.
  const client = new pg.Client({
    connectionString: process.env.DATABASE_URL,
    application_name: EXPORT_APPLICATION_NAME,
  });
  await client.connect();
  const set = (values: Record<string, string>) => {
    const names = Object.keys(values);
    return client.query(
      `SELECT ${names.map((n, i) => `set_config('lianxin_export.${n}', $${i + 1}, false)`).join(", ")}`,
      names.map((n) => values[n]),
    );
  };
  await set({
    tenant: tenantId,
    consultation: consultationId,
    pending: labels.pending,
    channels: toArrayLiteral(labels.channels),
    dispositions: toArrayLiteral(labels.dispositions),
  });
  // The socket of the connection: paused while the zip's reader is behind (pg exposes it as connection.stream).
  const socket = (client as unknown as { connection: { stream: { pause: () => void; resume: () => void } } }).connection
    .stream;
  async function article(identity: string | null, label: string, firstRow: number, out: Flow): Promise<number> {
    await set({ article: identity ?? "", label, first: String(firstRow) });
    // While paused, `resumed` is the socket's way back; the next query must not be sent before it.
    let resumed: Promise<void> | null = null;
    const copy = new CopyOut(copySql(identity === null), (chunk) => {
      out.write(chunk);
      if (resumed || !out.full()) return;
      socket.pause();
      resumed = out.ready().then(
        () => {
          resumed = null;
          socket.resume();
        },
        () => {
          // The download was cancelled. Dropping the connection fails the COPY (copy.done rejects), and with it
          // this article: the server stops sending at once instead of waiting for a reader that is gone.
          void client.end();
        },
      );
    });
    client.query(copy as unknown as pg.QueryConfig); // a submittable: pg returns it, not a promise
    const rows = await copy.done;
    await resumed; // the COPY may end with the socket still paused
    return rows;
  }
  return { article, close: () => client.end().catch(() => {}) };
}

/** A PostgreSQL text-array literal ({"a","b"}) for a session setting. */
function toArrayLiteral(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`;
}
