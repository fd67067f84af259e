// A real SMTP server for the e-mail tests (the smtp-server package), on a free local port: every message it
// receives is kept with its envelope, raw source, and the decoded subject and plain-text body.
import { SMTPServer } from "smtp-server";
import { freePort } from "../../scripts/lib/embedded-db";

export type ReceivedMail = { from: string; to: string[]; raw: string; subject: string; text: string; html: string };
export type TestSmtp = { url: string; messages: ReceivedMail[]; close: () => Promise<void> };

export async function startSmtp(): Promise<TestSmtp> {
  const messages: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, done) {
      let raw = "";
      stream.setEncoding("utf8");
      stream.on("data", (d: string) => (raw += d));
      stream.on("end", () => {
        messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          subject: decodeWords(header(raw, "subject")),
          text: part(raw, "text/plain"),
          html: part(raw, "text/html"),
        });
        done();
      });
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A header's value, folded lines joined. */
function header(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0] ?? "";
  const m = new RegExp(`^${name}:(.*(?:\\r?\\n[ \\t].*)*)`, "im").exec(head);
  return m ? m[1]!.replace(/\r?\n[ \t]/g, " ").trim() : "";
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= and =?UTF-8?Q?…?=), as nodemailer writes them. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toLowerCase() === "b"
        ? Buffer.from(text, "base64").toString("utf8")
        : decodeQuotedPrintable(text.replace(/_/g, " ")),
    );
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/gi, (_, h: string) => `%${h}`)
    .replace(/%(?![0-9A-F]{2})/gi, "%25");
  try {
    return decodeURIComponent(bytes);
  } catch {
    return text;
  }
}

/** The body of the part with this content type (or of the whole message when it is not multipart). */
function part(raw: string, type: string): string {
  const chunks = raw.split(/\r?\n--[^\r\n]+/);
  for (const chunk of chunks) {
    const [head = "", ...rest] = chunk.replace(/^\r?\n/, "").split(/\r?\n\r?\n/);
    if (!new RegExp(`content-type:\\s*${type}`, "i").test(head)) continue;
    const body = rest.join("\n\n");
    const enc = /content-transfer-encoding:\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
    if (enc === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
    if (enc === "quoted-printable") return decodeQuotedPrintable(body).replace(/\r\n/g, "\n");
    return body;
  }
  return "";
}
