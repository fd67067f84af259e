// The public draft page's server side (lib/modules/consultation/portal-page.ts) against real PostgreSQL: the page's
// props in the visitor's language, the same 404 for an unknown city, id or another city's consultation, the form
// offered only while the public may comment (and, where the city says so, only to a signed-in member), the form a
// visitor without script asked for, and that visitor's post: stored once per key, counted as one person by the
// people-count cookie, answered with a redirect to the receipt or with the form and its errors.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { describe, expect, test } from "vitest";
import { unsafePrisma } from "@/lib/db";
import { consultationPageProps, type ConsultationPageProps } from "@/lib/modules/consultation";
import { createArea, createTenant } from "../factories";
import { createConsultation } from "../factories/consultation-points";

type Sent = { status: number; headers: Record<string, string> };

/** A request as Next hands it to getServerSideProps, and a response that records status and headers. */
function call(
  slug: string,
  id: string,
  opts: {
    method?: string;
    cookie?: string;
    body?: Record<string, string>;
    query?: Record<string, string>;
    headers?: Record<string, string>;
  } = {},
) {
  const body = opts.body ? new URLSearchParams(opts.body).toString() : "";
  const req = Readable.from(body ? [Buffer.from(body)] : []) as unknown as IncomingMessage;
  req.method = opts.method ?? "GET";
  req.headers = {
    ...(opts.cookie ? { cookie: opts.cookie } : {}),
    ...(opts.body ? { "content-type": "application/x-www-form-urlencoded" } : {}),
    ...opts.headers,
  };
  const sent: Sent = { status: 200, headers: {} };
  const res = {
    get statusCode() {
      return sent.status;
    },
    set statusCode(v: number) {
      sent.status = v;
    },
    setHeader(name: string, value: string) {
      sent.headers[name.toLowerCase()] = value;
    },
    appendHeader(name: string, value: string) {
      const k = name.toLowerCase();
      sent.headers[k] = sent.headers[k] ? `${sent.headers[k]}, ${value}` : value;
    },
  } as unknown as ServerResponse;
  return { sent, result: consultationPageProps({ req, res, params: { tenant: slug, id }, query: opts.query ?? {} }) };
}

async function props(slug: string, id: string, opts: Parameters<typeof call>[2] = {}) {
  const { sent, result } = call(slug, id, opts);
  const r = await result;
  if (!("props" in r)) throw new Error(`redirected to ${r.redirect.destination}`);
  return { sent, props: r.props };
}
const found = (p: ConsultationPageProps) => {
  if (!p.found) throw new Error("not found");
  return p;
};

describe("the draft page's props", () => {
  test("an open consultation: the draft, the districts for the form, Chinese by default and English by cookie", async () => {
    const tenant = await createTenant();
    await createArea(tenant, undefined, "龙山区");
    const { consultation, articles } = await createConsultation(tenant);
    const { sent, props: p } = await props(tenant.slug, consultation.id);
    expect(sent.status).toBe(200);
    const page = found(p);
    expect(page.intl.locale).toBe("zh-CN");
    expect(Object.keys(page.intl.messages).sort()).toEqual([
      "common",
      "consultationPublic",
      "consultationTerms",
      "legislationPublic",
      "shell",
    ]);
    expect(page.consultation).toMatchObject({
      id: consultation.id,
      state: "OPEN",
      startsAt: consultation.startsAt.toISOString(),
    });
    expect(page.consultation.draft.articles.map((a) => a.id)).toEqual(articles.map((a) => a.id));
    expect(page.districts?.map((d) => d.name)).toEqual(["龙山区"]);
    expect(page).toMatchObject({ mustSignIn: false, open: null, max: 5000 });
    expect(JSON.parse(JSON.stringify(page))).toEqual(page); // plain JSON, as Next requires
    expect((await props(tenant.slug, consultation.id, { cookie: "NEXT_LOCALE=en" })).props.intl.locale).toBe("en");
  });

  test("404 for an unknown city, an unknown or malformed id, and another city's consultation", async () => {
    const [mine, theirs] = await Promise.all([createTenant(), createTenant()]);
    const { consultation } = await createConsultation(theirs);
    for (const [slug, id] of [
      ["nowhere-city", consultation.id],
      [mine.slug, randomUUID()],
      [mine.slug, "not-a-uuid"],
      [mine.slug, consultation.id],
    ] as const) {
      const { sent, props: p } = await props(slug, id);
      expect(sent.status, `${slug}/${id}`).toBe(404);
      expect(p.found).toBe(false);
    }
  });

  test("no form while scheduled, closed or published, nor for the public when the public channel is not open", async () => {
    const tenant = await createTenant();
    for (const window of ["scheduled", "closed", "published"] as const) {
      const { consultation } = await createConsultation(tenant, { window });
      expect(found((await props(tenant.slug, consultation.id, { query: { comment: "whole" } })).props)).toMatchObject({
        districts: null,
        open: null,
        mustSignIn: false,
      });
    }
    const { consultation } = await createConsultation(tenant, { channels: ["CONTACT_POINT"] });
    expect(found((await props(tenant.slug, consultation.id)).props)).toMatchObject({
      districts: null,
      mustSignIn: false,
    });
  });

  test("a city that requires sign-in asks an anonymous visitor to sign in, and takes no post from them", async () => {
    const tenant = await createTenant({ settings: { commentsRequireSignIn: true } });
    const { consultation } = await createConsultation(tenant);
    expect(found((await props(tenant.slug, consultation.id)).props)).toMatchObject({
      mustSignIn: true,
      districts: null,
    });
    const { props: p } = await props(tenant.slug, consultation.id, {
      method: "POST",
      body: { articleId: "", content: "匿名意见", idempotencyKey: randomUUID() },
    });
    expect(found(p).open).toBeNull();
    expect(await unsafePrisma.opinion.count({ where: { tenantId: tenant.id, consultationId: consultation.id } })).toBe(
      0,
    );
  });

  test("?comment= opens that article's form (or the whole draft's) with a fresh key; &receipt= shows the receipt; anything else opens nothing", async () => {
    const tenant = await createTenant();
    const { consultation, articles } = await createConsultation(tenant);
    const open = async (query: Record<string, string>) =>
      found((await props(tenant.slug, consultation.id, { query })).props).open;
    expect(await open({ comment: articles[1]!.id })).toMatchObject({
      target: articles[1]!.id,
      kind: "form",
      key: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(await open({ comment: "whole", receipt: "ABCDEFGH23" })).toEqual({
      target: "whole",
      kind: "receipt",
      code: "ABCDEFGH23",
    });
    expect(await open({ comment: "whole", receipt: "<script>" })).toMatchObject({ target: "whole", kind: "form" });
    expect(await open({ comment: randomUUID() })).toBeNull();
    expect(await open({ comment: "nonsense" })).toBeNull();
  });

  test("a request from an App Router link (RSC) is answered without reading the consultation", async () => {
    const { sent, props: p } = await props("nowhere-city", randomUUID(), { headers: { rsc: "1" } });
    expect(p).toMatchObject({ found: false, appRouter: true });
    expect(sent.status).toBe(200);
    expect(sent.headers.vary).toBe("RSC");
  });
});

describe("a post from a browser without script", () => {
  test("stores the opinion once per key, sets the people-count cookie and redirects to the receipt under the article", async () => {
    const tenant = await createTenant();
    const { consultation, articles } = await createConsultation(tenant);
    const key = randomUUID();
    const body = {
      articleId: articles[1]!.id,
      content: "建议明确本条的适用范围。",
      name: "",
      contact: "",
      idempotencyKey: key,
    };
    const first = call(tenant.slug, consultation.id, { method: "POST", body });
    const r1 = await first.result;
    expect(r1).toMatchObject({
      redirect: {
        statusCode: 303,
        destination: expect.stringMatching(
          new RegExp(
            `^/${tenant.slug}/consultations/${consultation.id}\\?comment=${articles[1]!.id}&receipt=[A-Z2-9]{10}#opinion-form$`,
          ),
        ),
      },
    });
    const cookie = first.sent.headers["set-cookie"]!;
    expect(cookie).toMatch(/^lx_sid=[A-Za-z0-9_-]{22}; Path=\/; Max-Age=31536000; HttpOnly; SameSite=Lax$/);
    const sid = cookie.split(";")[0]!;

    // The same post again (a double click, a resend): the same receipt, nothing new; the cookie is kept, not replaced.
    const again = call(tenant.slug, consultation.id, { method: "POST", body, cookie: sid });
    expect(await again.result).toEqual(r1);
    expect(again.sent.headers["set-cookie"]).toBeUndefined();
    const stored = await unsafePrisma.opinion.findMany({
      where: { tenantId: tenant.id, consultationId: consultation.id },
    });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      articleId: articles[1]!.id,
      channel: "PUBLIC",
      submitterKey: sid.slice("lx_sid=".length),
      idempotencyKey: key,
    });
  });

  test("refused, storing nothing: a post from another site (CSRF), a body over 1 MB, and anything but a form", async () => {
    const tenant = await createTenant();
    const { consultation } = await createConsultation(tenant);
    const body = { articleId: "", content: "别的网站替访客提交的意见", idempotencyKey: randomUUID() };
    const cases: [Parameters<typeof call>[2], number, string][] = [
      [{ method: "POST", body, headers: { "sec-fetch-site": "cross-site" } }, 403, "请在本站的页面上提交意见。"],
      [{ method: "POST", body, headers: { "sec-fetch-site": "same-site" } }, 403, "请在本站的页面上提交意见。"],
      [
        { method: "POST", body, headers: { origin: "https://evil.example", host: "renda.example.cn" } },
        403,
        "请在本站的页面上提交意见。",
      ],
      [
        { method: "POST", body, headers: { origin: "null", host: "renda.example.cn" } },
        403,
        "请在本站的页面上提交意见。",
      ],
      [{ method: "POST", body: { ...body, content: "长".repeat(400_000) } }, 413, "提交的内容超过 1 MB 上限。"],
      [{ method: "POST", body, headers: { "content-type": "application/json" } }, 415, "请通过本页的表单提交意见。"],
    ];
    for (const [opts, status, message] of cases) {
      const { sent, props: p } = await props(tenant.slug, consultation.id, opts);
      expect(sent.status).toBe(status);
      expect(found(p).open).toMatchObject({ target: "whole", kind: "form", error: { message } });
    }
    expect(await unsafePrisma.opinion.count({ where: { tenantId: tenant.id, consultationId: consultation.id } })).toBe(
      0,
    );
    // The page's own form, as a current browser sends it, and an older one that sends only Origin.
    const sameSite: Record<string, string>[] = [
      { "sec-fetch-site": "same-origin" },
      { origin: "https://renda.example.cn", host: "renda.example.cn" },
    ];
    for (const headers of sameSite) {
      const r = await call(tenant.slug, consultation.id, {
        method: "POST",
        body: { ...body, idempotencyKey: randomUUID() },
        headers,
      }).result;
      expect(r).toMatchObject({ redirect: { statusCode: 303 } });
    }
  });

  test("bad input comes back as the open form with the values, the field messages in the visitor's language and the status", async () => {
    const tenant = await createTenant();
    const { consultation } = await createConsultation(tenant);
    const { sent, props: p } = await props(tenant.slug, consultation.id, {
      method: "POST",
      cookie: "NEXT_LOCALE=en",
      body: { articleId: "", content: "", contact: "not a phone", idempotencyKey: "k-1" },
    });
    expect(sent.status).toBe(422);
    expect(found(p).open).toMatchObject({
      target: "whole",
      kind: "form",
      key: "k-1",
      values: { content: "", name: "", contact: "not a phone", area: "" },
      error: {
        fieldErrors: {
          content: ["This field is required."],
          contact: ["Enter a mobile or landline number, or an e-mail address."],
        },
      },
    });
    expect(await unsafePrisma.opinion.count({ where: { tenantId: tenant.id, consultationId: consultation.id } })).toBe(
      0,
    );
  });
});
