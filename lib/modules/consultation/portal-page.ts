// The public draft page's server side (pages/[tenant]/consultations/[id].tsx, a Pages Router page that ships no
// React to the browser): the tenant and consultation from the URL, the visitor's language and session, the form
// shown open for a visitor without script (?comment=<article id | whole>, &receipt=<code> after sending), and
// that visitor's form post, which takes the same intake as the JSON API (submitOpinion) and the same
// people-count cookie. Everything comes back as plain JSON props (Next's rule for getServerSideProps).
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestContext } from "@/lib/action";
import { clientIp } from "@/lib/client-ip";
import { ERROR_STATUS } from "@/lib/errors";
import { SESSION_COOKIE } from "@/lib/http-constants";
import { readNodeBody } from "@/lib/node-body";
import { timeZone, type Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import { getTranslator, localeFromCookieHeader } from "@/lib/i18n/translate";
import { findActiveTenant } from "@/lib/tenant";
import { getPublicConsultation, listDistricts, type PublicConsultation } from "./queries-public";
import { OPINION_MAX_LENGTH } from "./schemas";
import { submitOpinion } from "./submit-opinion";
import { submitterKeyOf } from "./submitter-cookie";

/** The message namespaces the page renders (the shell, the 404 look, the consultation's own texts). */
const NAMESPACES = ["common", "shell", "legislationPublic", "consultationPublic", "consultationTerms"] as const;

export type IntlProps = { locale: Locale; timeZone: string; now: string; messages: Record<string, unknown> };
/** What a form shows again after a refused post without script: the values sent and the refusal. */
export type OpinionFormValues = { content: string; name: string; contact: string; area: string };
export type OpinionFormError = { message: string; fieldErrors?: Record<string, string[]> };
/** The form (or receipt) the server shows open under an article (or the whole draft: target "whole"). */
export type OpenComment =
  | { target: string; kind: "form"; key: string; values?: OpinionFormValues; error?: OpinionFormError | null }
  | { target: string; kind: "receipt"; code: string };
/** PublicConsultation with its dates as ISO strings (props must be JSON). */
export type ConsultationJson = Omit<PublicConsultation, "startsAt" | "endsAt" | "dispositionsPublishedAt"> & {
  startsAt: string;
  endsAt: string;
  dispositionsPublishedAt: string | null;
};
export type ConsultationPageProps =
  /** `appRouter`: a request from an App Router page's link (see below), answered with an empty document. */
  | { intl: IntlProps; found: false; appRouter?: true }
  | {
      intl: IntlProps;
      found: true;
      tenant: { slug: string; fullName: string; fullNameEn: string };
      consultation: ConsultationJson;
      mustSignIn: boolean;
      /** Districts for the form; null when no form is offered (closed, upcoming, sign-in required …). */
      districts: { id: string; name: string }[] | null;
      max: number;
      open: OpenComment | null;
    };

type Ctx = {
  req: IncomingMessage;
  res: ServerResponse;
  params?: Record<string, string | string[] | undefined>;
  query: Record<string, string | string[] | undefined>;
};
export type PageResult = { props: ConsultationPageProps } | { redirect: { destination: string; statusCode: 303 } };

const RECEIPT = /^[A-Z2-9]{10}$/;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

async function intlFor(req: IncomingMessage): Promise<IntlProps> {
  const locale = localeFromCookieHeader(req.headers.cookie);
  const all = await loadMessages(locale);
  return {
    locale,
    timeZone,
    now: new Date().toISOString(),
    messages: Object.fromEntries(NAMESPACES.map((n) => [n, all[n]])),
  };
}

export async function consultationPageProps({ req, res, params, query }: Ctx): Promise<PageResult> {
  const intl = await intlFor(req);
  // The App Router's links (the list, the home page, the summary) prefetch and fetch their targets as RSC. This page
  // has no RSC to give: any HTML answer makes the router load it as a plain page instead, so answer those requests
  // without touching the database rather than render the whole draft for every link in view.
  res.setHeader("vary", "RSC");
  if (req.headers.rsc) return { props: { intl, found: false, appRouter: true } };
  const notFound = () => {
    res.statusCode = 404;
    return { props: { intl, found: false as const } };
  };
  const tenant = await findActiveTenant(one(params?.tenant) ?? "");
  if (!tenant) return notFound();
  const c = await getPublicConsultation(tenant.id, one(params?.id) ?? "");
  if (!c) return notFound();

  const cookie = req.headers.cookie ?? null;
  const identity = cookie && SESSION_COOKIE.test(cookie) ? await sessionIdentity(req, res) : null;
  const signedIn = identity?.kind === "tenant" && identity.tenantId === tenant.id;
  const taking = c.state === "OPEN" && c.publicChannel;
  const mustSignIn = taking && tenant.settings.commentsRequireSignIn && !signedIn;
  const districts = taking && !mustSignIn ? await listDistricts(tenant.id) : null;
  const here = `/${tenant.slug}/consultations/${c.id}`;
  const isTarget = (v: string | undefined): v is string =>
    v === "whole" || (!!v && c.draft.articles.some((a) => a.id === v));

  let open: OpenComment | null = null;
  if (districts && req.method === "POST") {
    // A post from a browser without script: the same intake as the JSON API.
    const form = await readForm(req);
    const refusal =
      form === "tooLarge"
        ? { status: 413, key: "errors.tooLarge" }
        : form === "notForm"
          ? { status: 415, key: "errors.notAForm" }
          : crossSite(req)
            ? { status: 403, key: "errors.crossSiteForm" }
            : null;
    if (refusal) {
      // Shown in the whole-draft form, with nothing stored: another site's form posting here (CSRF) would turn
      // every visitor into a submitter, at their address and under a fresh people-count cookie.
      const t = await getTranslator(intl.locale);
      res.statusCode = refusal.status;
      open = { target: "whole", kind: "form", key: randomUUID(), error: { message: t(refusal.key as never) } };
    } else if (typeof form !== "string") {
      const values: OpinionFormValues = {
        content: form.get("content") ?? "",
        name: form.get("name") ?? "",
        contact: form.get("contact") ?? "",
        area: form.get("area") ?? "",
      };
      const articleId = form.get("articleId") ?? "";
      const header = (name: string) => {
        const v = req.headers[name];
        return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
      };
      const ip = clientIp({ get: header }, req.socket?.remoteAddress);
      const request: RequestContext = { identity, locale: intl.locale, requestId: header("x-request-id"), ip };
      const submitter = submitterKeyOf(cookie, header("x-forwarded-proto") === "https");
      // Appended: getServerSession may have set the refreshed session cookie on this answer already.
      if (submitter.setCookie) res.appendHeader("set-cookie", submitter.setCookie);
      const key = form.get("idempotencyKey") || randomUUID();
      const result = await submitOpinion(
        tenant.slug,
        c.id,
        { articleId, ...values },
        { idempotencyKey: key, submitterKey: submitter.key, clientIp: ip, request },
      );
      const target = isTarget(articleId) ? articleId : "whole";
      // Post, then redirect: a reload shows the receipt again instead of posting once more.
      if (result.ok)
        return {
          redirect: {
            destination: `${here}?comment=${target}&receipt=${result.data.receiptCode}#opinion-form`,
            statusCode: 303,
          },
        };
      res.statusCode = ERROR_STATUS[result.error.code];
      if (result.retryAfterSeconds) res.setHeader("retry-after", String(result.retryAfterSeconds));
      open = {
        target,
        kind: "form",
        key,
        values,
        error: {
          message: result.error.message,
          ...(result.error.fieldErrors ? { fieldErrors: result.error.fieldErrors } : {}),
        },
      };
    }
  }
  const asked = one(query.comment);
  if (!open && districts && isTarget(asked)) {
    const receipt = one(query.receipt);
    open =
      receipt && RECEIPT.test(receipt)
        ? { target: asked, kind: "receipt", code: receipt }
        : { target: asked, kind: "form", key: randomUUID() };
  }
  return {
    props: {
      intl,
      found: true,
      tenant: { slug: tenant.slug, fullName: tenant.fullName, fullNameEn: tenant.fullNameEn },
      consultation: {
        ...c,
        startsAt: c.startsAt.toISOString(),
        endsAt: c.endsAt.toISOString(),
        dispositionsPublishedAt: c.dispositionsPublishedAt?.toISOString() ?? null,
      },
      mustSignIn,
      districts,
      max: OPINION_MAX_LENGTH,
      open,
    },
  };
}

/** A urlencoded form body (the only kind the page's form sends); anything else or anything too large is named. */
async function readForm(req: IncomingMessage): Promise<URLSearchParams | "notForm" | "tooLarge"> {
  if (!/^application\/x-www-form-urlencoded\b/i.test(req.headers["content-type"] ?? "")) return "notForm";
  const body = await readNodeBody(req);
  return body ? new URLSearchParams(body.toString("utf8")) : "tooLarge";
}

/** Whether a form post came from another site. Browsers say so in Sec-Fetch-Site (a sibling city's subdomain is
 *  "same-site", and refused too); older ones only send Origin, compared with the host asked for. */
function crossSite(req: IncomingMessage): boolean {
  const site = req.headers["sec-fetch-site"];
  if (typeof site === "string") return site !== "same-origin" && site !== "none";
  const origin = req.headers.origin;
  if (typeof origin !== "string") return false;
  try {
    const host = new URL(origin).host;
    return host !== req.headers.host && host !== req.headers["x-forwarded-host"];
  } catch {
    return true; // "null" (a sandboxed frame, a data: URL) or junk
  }
}

/** Loaded only when a session cookie is present: next-auth is not importable outside Next's bundle, and scripts
 *  that load this module (seeds, benchmarks) must not pull it in. Only the session half of the configuration: the
 *  sign-in providers would load the identity module, which the Pages Router may not (./pages.ts). */
async function sessionIdentity(req: IncomingMessage, res: ServerResponse): Promise<RequestContext["identity"]> {
  const [{ getServerSession }, { sessionOptions }] = await Promise.all([
    import("next-auth"),
    import("@/lib/auth-session"),
  ]);
  return (await getServerSession(req as never, res as never, sessionOptions))?.identity ?? null;
}
