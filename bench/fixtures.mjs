/**
 * The model zoo the bench type-checks: one line a fixture. A file that does not exist yet (a model whose
 * layers have not landed) is skipped with a notice; any other example (every .ts file under examples/) is added on its
 * own under its file name.
 *
 * Fields:
 * - `files`: what the fixture's project compiles (relative imports of theirs are followed); an
 *   `examples/` path is looked up by its file name anywhere under examples/, so examples can move;
 * - `layers`: how many layers the model has, for instantiations per layer; examples leave it out and
 *   bench counts the layers of their largest model at run time;
 * - `group`: "example" (the model zoo proper), "chain" (generated deep chains) or "other";
 * - `check`: the compilers on which `npm run bench:check` (CI) checks its budget;
 * - `expect`: the outcome on each compiler when it is not "ok", with the reason (documented limits);
 * - `depth`/`form`: a chain's length and how it is written;
 * - `libCheck`: compiled without `skipLibCheck` (bench/lib.mjs, `libCheckOptions`) and measured against
 *   an empty project of the same options: what the library's declarations cost such a project.
 */
import { readdirSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { depths, denseConcatBlocks, statementLength } from "./fixtures/generate.mjs";
import { exists, root } from "./lib.mjs";

const both = ["ts7", "ts5.9"];
const ts7 = ["ts7"];

/** @typedef {{ name: string, files: string[], group: "example" | "chain" | "other", layers?: number, check: string[], expect?: Record<string, string>, depth?: number, form?: string, runtime?: boolean, libCheck?: boolean }} Fixture */

/** @type {Fixture[]} */
const listed = [
  { name: "seed-sequential", files: ["examples/seed-sequential.ts"], group: "example", check: both },
  { name: "seed-functional", files: ["examples/seed-functional.ts"], group: "example", check: both },
  { name: "cnn-50x50x3", files: ["examples/applications/small-cnn.ts"], group: "example", check: both },
  { name: "vgg16", files: ["examples/applications/vgg16.ts"], group: "example", check: both },
  { name: "resnet50", files: ["examples/applications/resnet50.ts"], group: "example", check: both, runtime: true },
  { name: "mobilenet-v2", files: ["examples/applications/mobilenet-v2.ts"], group: "example", check: both },
  { name: "dense-concat", files: ["bench/fixtures/dense-concat.ts"], group: "other", layers: 4 * denseConcatBlocks + 3, check: both },
  // Issue 17: what importing shapeflow costs a project that leaves skipLibCheck off (one input() call).
  { name: "declarations", files: ["bench/fixtures/declarations.ts"], group: "other", check: both, libCheck: true },
  // Issue 17: DenseNet121's concatenate chain, straight (scripts/gen-straight.py): 429 layers, 8,062,504 params.
  // CI checks it on TypeScript 7 only (about 259,000 instantiations on both; 5.9 takes several seconds more of CI).
  { name: "densenet121-straight", files: ["bench/fixtures/densenet121-straight.ts"], group: "other", layers: 429, check: ts7 },
  // Issue 17: NASNetMobile's many-branch cells, straight (scripts/gen-straight.py): 771 layers, 5,326,716 params.
  { name: "nasnet-mobile-straight", files: ["bench/fixtures/nasnet-mobile-straight.ts"], group: "other", layers: 771, check: ts7 },
  { name: "inception-v3-straight", files: ["bench/fixtures/inception-v3-straight.ts"], group: "other", layers: 313, check: ts7 },
];

/**
 * Chains: every form at every depth. CI checks them all on both compilers, except the single 1,000-call
 * `.add` chain, which only TypeScript 7 compiles: the forms 5.x users are told to write instead
 * (statements of 100 calls, the functional API, a layer list) are checked at 1,000 layers on 5.9 too.
 */
const chains = [];
for (const form of ["add-chain", "add-split", "list", "functional"])
  for (const depth of depths) {
    if (form === "add-split" && depth <= statementLength) continue;
    /** @type {Fixture} */
    const f = { name: `chain-${form}-${depth}`, files: [`bench/fixtures/chain-${form}-${depth}.ts`], group: "chain", layers: depth, depth, form, check: form === "add-chain" && depth >= 1000 ? ts7 : both };
    // The JavaScript compilers overflow their own stack on one chained expression of ~600+ calls.
    if (form === "add-chain" && depth >= 1000) f.expect = { "ts5.9": "stops" };
    chains.push(f);
  }

/** Every .ts file under examples/, relative to the repo. */
const examples = () =>
  /** @type {string[]} */ (readdirSync(join(root, "examples"), { recursive: true }))
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
    .map((f) => relative(root, join(root, "examples", f)))
    .sort();

/** The fixtures, with the names of listed files that do not exist yet. */
export const fixtures = () => {
  const found = examples();
  /** An examples/ path as listed, or where a file of that name is now. @param {string} p */
  const locate = (p) => (p.startsWith("examples/") && !exists(join(root, p)) ? (found.find((f) => basename(f) === basename(p)) ?? p) : p);
  const all = [...listed, ...chains].map((f) => ({ ...f, files: f.files.map(locate) }));
  const known = new Set(all.flatMap((f) => f.files));
  for (const file of found)
    if (!known.has(file)) all.push({ name: basename(file, ".ts"), files: [file], group: "example", check: both });
  const missing = all.filter((f) => !f.files.every((p) => exists(join(root, p))));
  return { present: all.filter((f) => !missing.includes(f)), missing: missing.map((f) => `${f.name} (${f.files.join(", ")})`) };
};

/** Where the example of this file name is under examples/ (relative to the repo), if it exists. @param {string} fileName */
export const findExample = (fileName) => examples().find((f) => basename(f) === fileName);
