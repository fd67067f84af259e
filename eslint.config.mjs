import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";
import { moduleFaces } from "./eslint/module-faces.mjs";

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/generated/**",
      ".data/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
      // Inputs of tests/unit/lint-boundaries.test.ts, which lints them under the names of app files.
      "tests/fixtures/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: {
      "@next/next": nextPlugin,
      "react-hooks": reactHooks,
      lianxin: { rules: { "module-faces": moduleFaces } },
    },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // A module is reached only through its faces (eslint/module-faces.mjs; DESIGN §3 rule 13).
      "lianxin/module-faces": "error",
      // Components and pages never talk to the database directly (DESIGN §3 rule 3).
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "@/lib/db", message: "Only lib/ talks to the database: call a module's face instead." },
            { name: "@/lib/pg", message: "Only lib/ talks to the database: call a module's face instead." },
          ],
          patterns: [
            {
              group: ["@/lib/generated/*", "@prisma/*"],
              message: "Only lib/ uses the Prisma client: call a module's face instead.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
  {
    files: ["lib/**", "scripts/**", "tests/**", "prisma/**", "prisma.config.ts"],
    rules: { "no-restricted-imports": "off" },
  },
);
