/**
 * Every TypeScript snippet of the README and docs/ compiles, as a user would paste it (issue 14): each
 * ```ts block becomes a module importing shapeflow's sources, and is compiled by TypeScript 7 and 5.9.
 * A comment that shows a type (`// SymbolicTensor<[null, 4]>`, `// Model<...>`, `// Sequential<...>`,
 * `// [null, 1]`) is checked against the type the compiler gives that line's value, and a line whose
 * comment says `compile error` must be one (with the comment's words, `...` standing for any text).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { compilers, readDeclared, root, runTsc, write, type Diagnostic } from "./tsc.js";

const dir = ".tmp/doc-snippets";
const docs = ["README.md", ...readdirSync(join(root, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];

interface Check {
  /** The name of the emitted const whose type is checked. */
  readonly name: string;
  readonly type: string;
  readonly line: number;
}
interface Snippet {
  readonly doc: string;
  /** The line of the doc where the block starts. */
  readonly at: number;
  readonly file: string;
  readonly checks: Check[];
  /** Lines of the snippet file that must have a compile error, with the words it must contain. */
  readonly errors: { line: number; words: string[] }[];
}

/** The type a comment shows, if it shows one: the leading `Name<...>` or `[...]`, brackets balanced. */
const shownType = (comment: string): string | undefined => {
  if (!/^(SymbolicTensor<|Model<|Sequential<|\[(null|\d))/.test(comment)) return undefined;
  let depth = 0;
  for (let i = 0; i < comment.length; i++) {
    const c = comment[i];
    if (c === "<" || c === "[") depth++;
    else if (c === ">" || c === "]") if (--depth === 0) return comment.slice(0, i + 1);
  }
  return undefined;
};
const stripComment = (l: string): string => l.replace(/\s*\/\/.*$/, "");

const snippets: Snippet[] = docs.flatMap((doc) => {
  const lines = readFileSync(join(root, doc), "utf8").split("\n");
  const found: Snippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```(ts|typescript)\s*$/.test(lines[i]!)) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !lines[end]!.startsWith("```")) end++;
    const body = lines.slice(start, end).map((l) => l.replace(/from "shapeflow\/tfjs"/, 'from "../../src/tfjs/index.js"').replace(/from "shapeflow\/(json|plot)"/, 'from "../../src/$1/index.js"').replace(/from "shapeflow"/, 'from "../../src/index.js"'));
    const checks: Check[] = [];
    const errors: { line: number; words: string[] }[] = [];
    const extra: string[] = [];
    let statement = -1; // where the statement a chain line belongs to starts
    body.forEach((l, k) => {
      if (/^\S/.test(l) && !l.startsWith(".")) statement = k;
      const m = /\/\/\s*(.*)$/.exec(l);
      if (!m) return;
      if (m[1]!.startsWith("compile error")) {
        errors.push({ line: k + 1, words: m[1]!.replace(/^compile error:?/, "").split("...").map((w) => w.trim()).filter(Boolean) });
        return;
      }
      const type = shownType(m[1]!);
      if (type === undefined) return;
      const decl = /^(?:export )?const (\w+)\s*=.*;\s*(\/\/.*)?$/.exec(l);
      if (decl) return void checks.push({ name: decl[1]!, type, line: k + 1 });
      // An expression, or a chain's line: the value up to this line, as a const of its own at the end.
      const from = /^\s*\./.test(l) ? statement : k;
      const expr = body
        .slice(from, k + 1)
        .map(stripComment)
        .join("\n")
        .replace(/^(?:export )?const \w+\s*=\s*/, "")
        .replace(/;\s*$/, "");
      const name = `shown${checks.length}`;
      extra.push(`export const ${name} = ${expr};`);
      checks.push({ name, type, line: k + 1 });
    });
    const file = `${doc.replace(/\W+/g, "-")}-${start + 1}.ts`;
    const text = [...body.map((l) => l.replace(/^const (\w+)\s*=/, "export const $1 =")), ...extra, "export {};", ""].join("\n");
    write(join(root, dir, file), text);
    found.push({ doc, at: start, file: `${dir}/${file}`, checks, errors });
    i = end;
  }
  return found;
});
write(
  join(root, dir, "tsconfig.json"),
  JSON.stringify({
    extends: "../../tsconfig.json",
    // TF.js's own declarations do not type-check (see test/conformance/tsconfig.json): library files are skipped.
    compilerOptions: { noEmit: false, declaration: true, emitDeclarationOnly: true, noErrorTruncation: true, rootDir: "../..", outDir: "out", skipLibCheck: true, noUnusedLocals: false },
    include: ["*.ts"],
    exclude: [],
  }),
);

test("the README and docs have TypeScript snippets, and the checks find their hover comments", () => {
  expect(snippets.length).toBeGreaterThan(5);
  expect(snippets.flatMap((s) => s.checks).length).toBeGreaterThan(10);
  expect(shownType("SymbolicTensor<[null, 4]>: acts on the last axis")).toBe("SymbolicTensor<[null, 4]>");
  expect(shownType("a tensor of shape [1, 1]")).toBeUndefined();
});

describe.each(compilers.filter((c) => c.name === "TypeScript 7" || c.name === "TypeScript 5.9"))("$name", ({ bin }) => {
  let diags: Diagnostic[] = [];
  beforeAll(() => {
    diags = runTsc(bin, `${dir}/tsconfig.json`);
  }, 180_000);

  test.each(snippets.map((s) => [`${s.doc}:${s.at}`, s] as const))("%s compiles, and its comments show the compiler's types", (_, s) => {
    const here = diags.filter((d) => d.file === s.file);
    const unexpected = here.filter((d) => !s.errors.some((e) => e.line === d.line));
    expect(unexpected.map((d) => `${s.doc} line ${s.at + d.line}: ${d.text}`)).toEqual([]);
    for (const e of s.errors) {
      const texts = here.filter((d) => d.line === e.line).map((d) => d.text);
      expect(texts, `${s.doc} line ${s.at + e.line} should be a compile error`).not.toEqual([]);
      for (const w of e.words) expect(texts.some((t) => t.includes(w)), `"${w}" in: ${texts.join("\n")}`).toBe(true);
    }
    const declared = readDeclared(join(root, dir, "out", s.file.replace(/\.ts$/, ".d.ts")));
    for (const c of s.checks) {
      const type = (declared.get(c.name) ?? "(not emitted)").replace(/import\("[^"]+"\)\./g, "").replace(/;\s*export \{\}$/, "");
      expect(type, `${s.doc} line ${s.at + c.line}: the comment shows ${c.type}`).toBe(c.type);
    }
  });
});

test('the README\'s "Not supported yet" list names nothing shapeflow exports (keep it true: remove a name once it is added)', async () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const section = /\n## Not supported yet\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? "";
  const names = [...section.matchAll(/`([a-z][A-Za-z0-9]*)`/g)].map((m) => m[1]!).filter((n) => !["keras"].includes(n));
  expect(names.length).toBeGreaterThan(4); // the list was read (the regular expressions still match it); it shrinks as layers land
  const exported = new Set(Object.keys(await import("../src/index.js")));
  // The list also names what does exist as alternatives (`residual`, `activation`, ...), each after "write" or "other than".
  const alternatives = new Set(["residual", "parallel", "repeat", "activation"]);
  expect(names.filter((n) => exported.has(n) && !alternatives.has(n))).toEqual([]);
  expect(names.filter((n) => alternatives.has(n)).every((n) => exported.has(n))).toBe(true);
});

test("package.json says where the repository is, so that the README's relative links work from the npm page", () => {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Record<string, { url?: string } | string | undefined>;
  const repo = (pkg["repository"] as { url: string }).url;
  expect(repo).toMatch(/^git\+https:\/\/github\.com\/[\w.-]+\/[\w.-]+\.git$/);
  const web = repo.replace(/^git\+/, "").replace(/\.git$/, "");
  expect(pkg["homepage"]).toBe(`${web}#readme`);
  expect((pkg["bugs"] as { url: string }).url).toBe(`${web}/issues`);
  // npm resolves a relative link against the repository, so each must name a file or folder that exists.
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const links = [...readme.matchAll(/\]\((?!https?:|#)([^)#]+)(#[^)]*)?\)/g)].map((m) => m[1]!);
  expect(links.length).toBeGreaterThan(0);
  expect(links.filter((l) => !existsSync(join(root, l)))).toEqual([]);
});
