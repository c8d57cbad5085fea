/**
 * Options given as `undefined`, in a project without `exactOptionalPropertyTypes` (TypeScript's default,
 * where `strides: opts.strides` of `2 | undefined` is valid code): the types and the runtime agree on each
 * case of test/cases/undefined.ts, on every supported compiler. The parity suite (test/parity.test.ts)
 * compiles with `exactOptionalPropertyTypes: true`, where these calls are TypeScript's own error.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import * as shapeflow from "../src/index.js";
import { undefinedCases as cases } from "./cases/undefined.js";
import { compilers, root, runTsc, write, type Diagnostic } from "./tsc.js";

const rel = ".tmp/undefined-options";
const dir = join(root, rel);
const exported = Object.keys(shapeflow).filter((k) => /^[a-z]/.test(k)).sort();
const header = `import { ${exported.join(", ")} } from "../../src/index.js";\n`;
const firstLine = header.split("\n").length;
write(join(dir, "cases.ts"), header + cases.map((c, i) => `export const case${i} = ${c.code};`).join("\n") + "\n");
write(
  join(dir, "tsconfig.json"),
  JSON.stringify({
    extends: "../../tsconfig.json",
    compilerOptions: { exactOptionalPropertyTypes: false, noEmit: false, declaration: true, emitDeclarationOnly: true, noErrorTruncation: true, rootDir: "../..", outDir: "out" },
    include: ["cases.ts"],
    exclude: [],
  }),
);

type Outcome = { shape: unknown } | { error: string };
const run = (code: string): Outcome => {
  shapeflow.clearSession();
  const names = Object.keys(shapeflow);
  try {
    const v = new Function(...names, `return (${code});`)(...names.map((k) => (shapeflow as Record<string, unknown>)[k]));
    return { shape: v instanceof shapeflow.SymbolicTensor ? v.shape : v };
  } catch (e) {
    if (!(e instanceof shapeflow.ShapeError)) throw e;
    return { error: e.message };
  }
};

test("the runtime reads an option given as undefined as left out, and refuses a required one", () => {
  for (const c of cases) {
    const got = run(c.code);
    if (c.error !== undefined) expect(got, c.code).toHaveProperty("error", expect.stringContaining(c.error));
    else expect(got, c.code).toEqual({ shape: c.shape });
  }
});

describe.each(compilers)("$name agrees with the runtime on options given as undefined", ({ bin }) => {
  let diags: Diagnostic[] = [];
  let declared: string[] = [];
  beforeAll(() => {
    diags = runTsc(bin, `${rel}/tsconfig.json`).filter((d) => d.file === `${rel}/cases.ts`);
    const dts = readFileSync(join(dir, `out/${rel}/cases.d.ts`), "utf8");
    declared = cases.map((_, i) => new RegExp(`export declare const case${i}: (.*);`).exec(dts)?.[1] ?? "");
  }, 180_000);

  test.each(cases.map((c, i) => [c.code, i] as const))("%s", (code, i) => {
    const outcome = run(code);
    const here = diags.filter((d) => d.line === firstLine + i);
    if ("error" in outcome) {
      expect(here.map((d) => d.text).join("\n"), "the compiler reports the runtime's message").toContain(outcome.error);
    } else {
      expect(here, "no compile error for a model the runtime accepts").toEqual([]);
      const type = declared[i]!.replace(/^import\("[^"]+"\)\./, "").replace(/^SymbolicTensor<(.*)>$/, "$1");
      expect(JSON.parse(type), `declared type ${declared[i]}`).toEqual(outcome.shape);
    }
  });
});
