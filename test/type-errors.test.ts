/**
 * Negative type tests with their TEXT checked: every `// error: <text>` comment in type-tests/errors/
 * expects a compile error on the next code line whose message contains <text>, and every compile error
 * there must be expected. `@ts-expect-error` alone would accept any error at all.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { compilers, root, runTsc, type Diagnostic } from "./tsc.js";

const dir = "type-tests/errors";
interface Expectation {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

const expectations: Expectation[] = readdirSync(join(root, dir))
  .filter((f) => f.endsWith(".ts"))
  .sort()
  .flatMap((f) => {
    const file = `${dir}/${f}`;
    const lines = readFileSync(join(root, file), "utf8").split("\n");
    const found: Expectation[] = [];
    lines.forEach((l, i) => {
      const m = /^\s*\/\/ error: (.+)$/.exec(l);
      if (!m) return;
      let j = i + 1;
      while (j < lines.length && /^\s*(\/\/|$)/.test(lines[j]!)) j++;
      found.push({ file, line: j + 1, text: m[1]! });
    });
    return found;
  });

test("the negative type tests exist", () => {
  expect(expectations.length).toBeGreaterThan(20);
});

describe.each(compilers)("$name", ({ bin }) => {
  let diags: Diagnostic[] = [];
  const all = () => diags;
  beforeAll(() => {
    diags = runTsc(bin, `${dir}/tsconfig.json`);
  }, 180_000);

  test.each(expectations.map((e) => [`${e.file}:${e.line} ${e.text.slice(0, 60)}`, e] as const))("%s", (_, e) => {
    const here = all().filter((d) => d.file === e.file && d.line === e.line);
    expect(here.map((d) => d.text), `no compile error on ${e.file}:${e.line}`).not.toEqual([]);
    expect(here.some((d) => d.text.includes(e.text)), `errors on ${e.file}:${e.line}:\n${here.map((d) => d.text).join("\n")}`).toBe(true);
  });

  test("no compile error is unexpected", () => {
    const unexpected = all().filter((d) => !expectations.some((e) => e.file === d.file && e.line === d.line));
    expect(unexpected).toEqual([]);
  });
});
