/**
 * What an editor on TypeScript 7 shows: this drives TypeScript 7's own language server (`tsc --lsp
 * --stdio`, through bench/lsp.mjs) over the examples and checks the hover text of their tensors, layers
 * and models: short and fully resolved, never an unresolved conditional type, an intersection or `any`.
 * (test/hover.test.ts does the same through TypeScript 5.9's LanguageService.)
 *
 * The examples are copied into .tmp/hover-lsp/ with a tsconfig.json that maps "shapeflow" to src/, so
 * the hovers are those of the current source, whether or not dist/ has been built since.
 * The warm hover's latency is measured by bench/hover.mjs, not here (timings do not belong in a test).
 */
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { LspClient, positionOf } from "../bench/lsp.mjs";
import { compilers, root } from "./tsc.js";

const workspace = join(root, ".tmp", "hover-lsp");
const examples = join(workspace, "examples");
let client: LspClient;
const opened = new Set<string>();

beforeAll(async () => {
  rmSync(workspace, { recursive: true, force: true });
  cpSync(join(root, "examples"), examples, { recursive: true });
  const base = JSON.parse(readFileSync(join(root, "tsconfig.json"), "utf8")) as { compilerOptions: Record<string, unknown> };
  const compilerOptions = { ...base.compilerOptions, paths: { shapeflow: [join(root, "src", "index.ts")], "shapeflow/tfjs": [join(root, "src", "tfjs", "index.ts")], "shapeflow/json": [join(root, "src", "json", "index.ts")], "shapeflow/plot": [join(root, "src", "plot", "index.ts")] } };
  writeFileSync(join(workspace, "tsconfig.json"), JSON.stringify({ compilerOptions, include: ["examples"] }, null, 2));
  writeFileSync(join(workspace, "package.json"), JSON.stringify({ type: "module" }));
  client = await LspClient.start(compilers[0].bin, workspace);
}, 60_000);

afterAll(async () => {
  await client?.close();
});

/** Where an example is under `dir` (examples may sit in subfolders). */
const find = (file: string, dir = examples): string | undefined =>
  (readdirSync(dir, { recursive: true }) as string[]).map((f) => join(dir, f)).find((f) => f.endsWith(`/${file}`));

/** The hover on `const name` in an example, as the editor shows it. */
const hover = async (file: string, name: string): Promise<string> => {
  const path = find(file);
  if (path === undefined) throw new Error(`no example ${file}`);
  const text = readFileSync(path, "utf8");
  if (!opened.has(path)) {
    client.open(path, text);
    opened.add(path);
  }
  const { line, character } = positionOf(text, name);
  return client.hover(path, line, character);
};

/** What a resolved hover never contains. */
const unresolved = [
  { what: "any", re: /\bany\b/ },
  { what: "an intersection", re: / & / },
  { what: "a conditional type", re: /\bextends\b[^?]*\?|\binfer\b/ },
  { what: "a shape error", re: /ShapeErr|OptionErr/ },
  // Issue 14: what a user should never read in a hover of a public API. (`plain<s>` remains for a
  // helper's own type parameter given to an option that may be a list, `strides: s`: a conditional type
  // on a type parameter stays unresolved, and only the scalar options could be left out of it. A type
  // parameter inside a list option shows as itself: `targetShape: [1, 1, f]`.)
  { what: "an internal name", re: /\bModelInfo\b|(?<!(?:strides|kernelSize|dilationRate|poolSize|padding|cropping|size): )\bplain<|\bOkShape<|\bapplyRule<|\bthis: / },
];
const expectResolved = (text: string): void => {
  expect(text).not.toBe("");
  for (const { what, re } of unresolved) expect(re.test(text), `${what} in: ${text}`).toBe(false);
};

test("the functional quick start shows plain shapes", async () => {
  expect(await hover("seed-functional.ts", "inp")).toBe("const inp: SymbolicTensor<[null, 3]>");
  expect(await hover("seed-functional.ts", "h1")).toBe("const h1: SymbolicTensor<[null, 4]>");
  expect(await hover("seed-functional.ts", "h2")).toBe("const h2: SymbolicTensor<[null, 4]>");
  expect(await hover("seed-functional.ts", "out")).toBe("const out: SymbolicTensor<[null, 1]>");
  expect(await hover("seed-functional.ts", "m")).toBe("const m: Model<[null, 3], [null, 1]>");
});

test("the Sequential quick start shows the model's shapes and parameter count", async () => {
  expect(await hover("seed-sequential.ts", "m")).toBe("const m: Sequential<[null, 3], [null, 1], Params<41>>");
  expect(await hover("seed-sequential.ts", "inShape")).toBe("const inShape: [null, 3]");
  expect(await hover("seed-sequential.ts", "outShape")).toBe("const outShape: [null, 1]");
  expect(await hover("seed-sequential.ts", "m2")).toBe("const m2: Sequential<[null, 3], [null, 1], Params<41>>");
  expect(await hover("seed-sequential.ts", "m3")).toBe("const m3: Sequential<[null, 3], [null, 1], Params<41>>");
});

test("the batch axis shows as null, or as the fixed batch size", async () => {
  expect(await hover("batch-axis.ts", "anyBatch")).toBe("const anyBatch: SymbolicTensor<[null, 50, 50, 3]>");
  expect(await hover("batch-axis.ts", "withSize")).toBe("const withSize: SymbolicTensor<[30, 50, 50, 3]>");
  expect(await hover("batch-axis.ts", "perPixel")).toBe("const perPixel: SymbolicTensor<[30, 50, 50, 8]>");
  expect(await hover("batch-axis.ts", "flat")).toBe("const flat: SymbolicTensor<[30, 20000]>");
  expect(await hover("batch-axis.ts", "scores")).toBe("const scores: SymbolicTensor<[30, 10]>");
});

test("merges show their joined shapes", async () => {
  expect(await hover("branching.ts", "a")).toBe("const a: SymbolicTensor<[null, 4]>");
  expect(await hover("branching.ts", "sum")).toBe("const sum: SymbolicTensor<[null, 4]>");
  expect(await hover("branching.ts", "joined")).toBe("const joined: SymbolicTensor<[null, 7]>");
  expect(await hover("branching.ts", "out")).toBe("const out: SymbolicTensor<[null, 1]>");
});

/** Keras Applications models, where they exist yet: output shape and Keras's published parameter count. */
const applications = [
  { file: "vgg16.ts", model: "vgg16", params: 138357544 },
  { file: "resnet50.ts", model: "resnet50", params: 25636712 },
  { file: "mobilenet-v2.ts", model: "mobilenetV2", params: 3538984 },
];
describe.each(applications)("$file", ({ file, model, params }) => {
  test.skipIf(find(file, join(root, "examples")) === undefined)("shows the model's shapes and Keras's parameter count", async () => {
    expect(await hover(file, model)).toBe(`const ${model}: Sequential<[null, 224, 224, 3], [null, 1000], Params<${params}>>`);
    expect(await hover(file, "params")).toBe(`const params: ${params}`);
    expect(await hover(file, "out")).toBe("const out: [null, 1000]");
  });
});

test("every const of every example hovers short and resolved", async () => {
  const files = (readdirSync(examples, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts"));
  expect(files.length).toBeGreaterThan(3);
  for (const file of files) {
    const text = readFileSync(join(examples, file), "utf8");
    for (const [, name] of text.matchAll(/^\s*(?:export )?const (\w+)\s*=/gm)) {
      const shown = await hover(file.split("/").pop()!, name!);
      expectResolved(shown);
      // Helpers (`const conv = <f>(filters: f) => ...`) show their signature; values show their type.
      if (!shown.includes("=>")) expect(shown.length, shown).toBeLessThan(160);
    }
  }
}, 60_000);

test("a helper's type parameter inside a list option hovers as itself, not plain<f> (issue 14)", async () => {
  const shown = await hover("efficientnet-b0.ts", "se");
  expect(shown).toContain("targetShape: [1, 1, f]");
  expect(shown).not.toContain("plain<");
});

test("the unresolved-type check can fail", () => {
  expect(() => expectResolved("const x: SymbolicTensor<[null, 4]> & { y: 1 }")).toThrow();
  expect(() => expectResolved("const x: Apply<Dense<4>, s> extends infer o ? o : never")).toThrow();
  expect(() => expectResolved("const x: any")).toThrow();
  expect(() => expectResolved("const f: <F extends number>(f: F) => Conv2D<{ filters: plain<F> }>")).toThrow();
  expect(() => expectResolved("const se: <f extends number>(f: f) => Sequential<undefined, [Reshape<{ targetShape: [1, 1, plain<f>] }>]>")).toThrow();
  expect(existsSync(workspace)).toBe(true);
});
