/**
 * The parity suite, for a list of cases: each case runs at run time and is compiled by every supported
 * compiler in one file; the compiler's type for it (read from the emitted declarations) must equal the
 * runtime shape, and an error must be both thrown and reported at compile time with the very same
 * sentence. test/parity.test.ts runs it on ./cases.ts; test/undefined-options.test.ts on its cases in a
 * project without `exactOptionalPropertyTypes`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import * as shapeflow from "../src/index.js";
import type { Case } from "./cases.js";
import { compilers, root, runTsc, write, type Diagnostic } from "./tsc.js";

type Outcome = { shape: unknown } | { error: string };
/** A case's code run against shapeflow's exports: its shape, or the `ShapeError`'s message. */
export const runCase = (code: string): Outcome => {
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

/**
 * Registers the suite's tests for `cases`, compiled in the project folder `rel` (two levels below the
 * repo root, such as `.tmp/parity`) with `compilerOptions` over the repo's tsconfig.
 */
export const paritySuite = (label: string, cases: readonly Case[], rel: string, compilerOptions: Record<string, unknown> = {}): void => {
  const dir = join(root, rel);
  // Every value shapeflow exports, so that a case may use any layer.
  const exported = Object.keys(shapeflow).filter((k) => /^[a-z]/.test(k)).sort();
  const header = `import { ${exported.join(", ")} } from "../../src/index.js";\n`;
  const firstLine = header.split("\n").length;
  write(join(dir, "cases.ts"), header + cases.map((c, i) => `export const case${i} = ${c.code};`).join("\n") + "\n");
  write(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      extends: "../../tsconfig.json",
      compilerOptions: { ...compilerOptions, noEmit: false, declaration: true, emitDeclarationOnly: true, noErrorTruncation: true, rootDir: "../..", outDir: "out" },
      include: ["cases.ts"],
      exclude: [],
    }),
  );

  test(`the runtime mirror gives each case's expected result${label}`, () => {
    for (const c of cases) {
      const got = runCase(c.code);
      if (c.error !== undefined) expect(got, c.code).toHaveProperty("error", expect.stringContaining(c.error));
      else expect(got, c.code).toEqual({ shape: c.shape });
    }
  });

  describe.each(compilers)(`$name agrees with the runtime${label}`, ({ bin }) => {
    let diags: Diagnostic[] = [];
    let declared: string[] = [];
    beforeAll(() => {
      diags = runTsc(bin, `${rel}/tsconfig.json`).filter((d) => d.file === `${rel}/cases.ts`);
      const dts = readFileSync(join(dir, `out/${rel}/cases.d.ts`), "utf8");
      declared = cases.map((_, i) => new RegExp(`export declare const case${i}: (.*);`).exec(dts)?.[1] ?? "");
    }, 180_000);

    test.each(cases.map((c, i) => [c.code, i] as const))("%s", (code, i) => {
      const outcome = runCase(code);
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
};
