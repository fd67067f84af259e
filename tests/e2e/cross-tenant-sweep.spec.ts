// The cross-tenant sweep in a browser, driven by the registry: for every module whose manifest declares a `sweep`,
// one row of each kind is sampled in Liaoyuan; every page and API route it names answers 404 when asked in Jining
// by Jining's demo account, and 200 in Liaoyuan by Liaoyuan's. A module added to the registry is swept here
// without editing this file.
import { expect, test, type Page } from "@playwright/test";
import { MANIFESTS } from "@/lib/modules/registry";
import { signIn, sql } from "./helpers";

const swept = MANIFESTS.filter((m) => m.sweep && (m.sweep.pages?.length || m.sweep.api?.length));

function fill(template: string, tenant: string, ids: Record<string, string>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (_, name: string) =>
    name === "tenant" ? tenant : encodeURIComponent(ids[name]!),
  );
}

async function statuses(page: Page, urls: string[]) {
  const out: Record<string, number> = {};
  for (const url of urls) out[url] = (await page.request.get(url, { maxRedirects: 0 })).status();
  return out;
}

test.beforeEach(() => test.skip(!process.env.DATABASE_URL, "needs the e2e database (npm run test:e2e)"));

test("the registry declares sweeps with pages and API routes", () => {
  expect(swept.map((m) => m.name)).toEqual(expect.arrayContaining(["legislation", "consultation", "contactPoints"]));
});

for (const m of swept) {
  test(`${m.name}: Liaoyuan's rows answer 404 in Jining and 200 at home — pages and API`, async ({ page, browser }) => {
    const [tenant] = await sql<{ id: string }>(`SELECT "id" FROM "Tenant" WHERE "slug" = 'liaoyuan'`);
    const [row] = await sql<Record<string, string>>(m.sweep!.sample, [tenant!.id]);
    expect(row, "the sample found Liaoyuan's rows").toBeDefined();
    const templates = [...(m.sweep!.pages ?? []), ...(m.sweep!.api ?? [])];

    await signIn(page, "jining", m.sweep!.as);
    const abroad = await statuses(
      page,
      templates.map((t) => fill(t, "jining", row!)),
    );
    expect(abroad).toEqual(Object.fromEntries(Object.keys(abroad).map((u) => [u, 404])));

    const home = await browser.newContext();
    const ly = await home.newPage();
    await signIn(ly, "liaoyuan", m.sweep!.as);
    const own = await statuses(
      ly,
      templates.map((t) => fill(t, "liaoyuan", row!)),
    );
    expect(own).toEqual(Object.fromEntries(Object.keys(own).map((u) => [u, 200])));
    await home.close();
  });
}
