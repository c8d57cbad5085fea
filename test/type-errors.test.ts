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

  // These errors were compiled with noErrorTruncation; most users compile without it, and then the
  // compiler cuts the text of a type at 317 characters. Each fix must show whole in what is left.
  test("every fix shows whole when the compiler cuts long messages", () => {
    const cut = all().flatMap((d) => cutFixes(d.text).map((fix) => `${d.file}:${d.line}: ${fix}`));
    expect(cut).toEqual([]);
  });
});

/**
 * The fixes of a diagnostic that a compiler without noErrorTruncation would cut: those whose first
 * clause ("Fix: ..." up to its first ";" or the end of its sentence, "." or "?") does not end within the first 317
 * characters of the type that carries it, in one line of the diagnostic at least. The compiler's type
 * text escapes each quote inside a string literal (`\"`); counting every quote twice errs on the safe side.
 */
const cutFixes = (text: string): string[] => {
  const fixes = new Map<string, boolean>();
  for (const line of text.split("\n")) {
    const m = /(?:parameter of type|to type|required in type) '(.*)'\.$/.exec(line);
    if (!m) continue;
    const type = m[1]!;
    for (let i = type.indexOf("Fix:"); i >= 0; i = type.indexOf("Fix:", i + 1)) {
      let end = i;
      while (end < type.length && !(type[end] === ";" || (/[.?]/.test(type[end]!) && /^(?:$|"|\)|\s[^a-z])/.test(type.slice(end + 1, end + 3))))) end++;
      const fix = type.slice(i, end + 1);
      const shownWhole = end + (type.slice(0, end + 1).match(/"/g)?.length ?? 0) < 317;
      fixes.set(fix, (fixes.get(fix) ?? false) || shownWhole);
    }
  }
  return [...fixes].filter(([, whole]) => !whole).map(([fix]) => fix);
};
