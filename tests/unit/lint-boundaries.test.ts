// The module faces hold because ESLint refuses what reaches past them (eslint/module-faces.mjs and the
// restricted imports in eslint.config.mjs). Fixture files are linted under the names of app files, so the rules
// for app/ apply to them; each must fail (or pass) for the reason named.
import { readFileSync } from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, test } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const eslint = new ESLint({ cwd: ROOT });

async function lintAs(fixture: string, filePath: string) {
  const code = readFileSync(path.join(ROOT, "tests/fixtures/lint", fixture), "utf8");
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, filePath) });
  return result!.messages.map((m) => ({ rule: m.ruleId, message: m.message }));
}

describe("lint boundaries", { timeout: 60_000 }, () => {
  test("a page that deep-imports a module's query file is refused", async () => {
    const messages = await lintAs("deep-import.tsx", "app/[tenant]/console/fixture/page.tsx");
    expect(messages).toEqual([
      expect.objectContaining({
        rule: "lianxin/module-faces",
        message: expect.stringMatching(/reaches past the legislation module/),
      }),
    ]);
  });

  test("the same import from a component or another module is refused too", async () => {
    for (const where of ["components/legislation/Fixture.tsx", "lib/modules/consultation/fixture.tsx"]) {
      const messages = await lintAs("deep-import.tsx", where);
      expect(
        messages.map((m) => m.rule),
        where,
      ).toEqual(["lianxin/module-faces"]);
    }
  });

  test("through the module's face it passes", async () => {
    expect(await lintAs("face-import.tsx", "app/[tenant]/console/fixture/page.tsx")).toEqual([]);
  });

  test("inside the module itself, and in tests, any file may be imported", async () => {
    expect(await lintAs("deep-import.tsx", "lib/modules/legislation/fixture.tsx")).toEqual([]);
    expect(await lintAs("deep-import.tsx", "tests/unit/fixture.tsx")).toEqual([]);
  });

  test("a client component may not import a module's server face", async () => {
    const messages = await lintAs("client-server-face.tsx", "components/legislation/Fixture.tsx");
    expect(messages).toEqual([
      expect.objectContaining({ rule: "lianxin/module-faces", message: expect.stringMatching(/client component/) }),
    ]);
  });

  test("the Pages Router may not import a server face (Next refuses server-only there)", async () => {
    const messages = await lintAs("face-import.tsx", "pages/[tenant]/fixture.tsx");
    expect(messages).toEqual([
      expect.objectContaining({ rule: "lianxin/module-faces", message: expect.stringMatching(/Pages Router/) }),
    ]);
  });

  test("app/ may not import the database client", async () => {
    const messages = await lintAs("page-db.tsx", "app/[tenant]/console/fixture/page.tsx");
    expect(messages).toEqual([expect.objectContaining({ rule: "no-restricted-imports" })]);
  });
});
