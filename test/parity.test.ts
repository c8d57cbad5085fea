/**
 * The runtime mirror and the types must agree. Each case of ./cases.ts runs at run time and is compiled
 * by every supported compiler in one file; the compiler's type for it (read from the emitted
 * declarations) must equal the runtime shape, and an error must be both thrown and reported at compile
 * time with the very same sentence.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import * as shapeflow from "../src/index.js";
import { cases } from "./cases.js";
import { compilers, root, runTsc, writeCaseProject, type Diagnostic } from "./tsc.js";

const dir = join(root, ".tmp/parity");
// Every value shapeflow exports, so that a case may use any layer.
const exported = Object.keys(shapeflow).filter((k) => /^[a-z]/.test(k)).sort();
const header = `import { ${exported.join(", ")} } from "../../src/index.js";\n`;
const firstLine = header.split("\n").length;
writeCaseProject(".tmp/parity", header + cases.map((c, i) => `export const case${i} = ${c.code};`).join("\n") + "\n");

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

test("the runtime mirror gives each case's expected result", () => {
  for (const c of cases) {
    const got = run(c.code);
    if (c.error !== undefined) expect(got, c.code).toHaveProperty("error", expect.stringContaining(c.error));
    else expect(got, c.code).toEqual({ shape: c.shape });
  }
});

describe.each(compilers)("$name agrees with the runtime", ({ bin }) => {
  let diags: Diagnostic[] = [];
  let declared: string[] = [];
  beforeAll(() => {
    diags = runTsc(bin, ".tmp/parity/tsconfig.json").filter((d) => d.file === ".tmp/parity/cases.ts");
    const dts = readFileSync(join(dir, "out/.tmp/parity/cases.d.ts"), "utf8");
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
