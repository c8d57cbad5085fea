/**
 * How long an editor waits for the hover on the last tensor (or model, or output shape: the last const
 * that shows one) of the largest example, on TypeScript 7's
 * language server (LSP, as VS Code's native preview runs it) and TypeScript 5.9's LanguageService (as
 * editors run 5.x projects). The example and its folder are copied into bench/.tmp/hover/<name>/ with a
 * tsconfig.json that reads the library from bench's build, so the numbers do not depend on dist/.
 *
 * Three numbers per server, in milliseconds:
 * - cold: the first hover after opening the file (the server is already started): checks what the
 *   tensor's type needs, which is most of the model;
 * - after edit: the same hover after an edit elsewhere in the file (a comment appended), which starts
 *   a new program and checks again: what every keystroke costs; median of `runs`;
 * - repeated: the same hover again without an edit (cached); median of `runs`.
 *
 *   node bench/hover.mjs [--runs 5] [--json] [--lib dir]
 *
 * `--lib`: the library's built ESM output to read (its index.d.ts), instead of bench's own build of
 * src/: to time another commit's build side by side with this one (e.g. `--lib ../other/dist/esm`).
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildLib, compilers, exists, lib, median, root, tmp } from "./lib.mjs";
import { findExample } from "./fixtures.mjs";
import { LspClient } from "./lsp.mjs";

const require = createRequire(import.meta.url);
/** @type {typeof import("typescript-5.9")} */
const ts = require("typescript-5.9");

/**
 * What is measured: ResNet50 in both its spellings (with blocks, and straight: one functional statement a
 * layer, whose last const is a tensor); until they exist, the first of the others that does.
 */
const wanted = ["resnet50.ts", "resnet50-straight.ts"];
const fallback = ["mobilenet-v2.ts", "vgg16.ts", "small-cnn.ts", "batch-axis.ts"];

/** The library build the workspaces read: bench's own, or the one `--lib` names. */
let libDir = lib;

/** Copies the example's folder into a workspace of its own; returns the file's new path. @param {string} file */
const workspace = (file) => {
  const dir = join(tmp, "hover", basename(file, ".ts"));
  rmSync(dir, { recursive: true, force: true });
  cpSync(dirname(join(root, file)), dir, { recursive: true, filter: (p) => !p.includes("node_modules") });
  const options = {
    target: "es2022",
    lib: ["es2022", "dom"],
    module: "nodenext",
    moduleResolution: "nodenext",
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: true,
    noEmit: true,
    types: ["node"],
    paths: { shapeflow: [join(libDir, "index.d.ts")] },
  };
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: options, include: ["**/*.ts"] }, null, 2));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
  return join(dir, basename(file));
};

/** Every `const name =` of a text, last first. @param {string} text */
const constsFromEnd = (text) => [...text.matchAll(/^\s*(?:export )?const (\w+)\s*=/gm)].map((m) => m[1]).reverse();
/** Line and character of a const's name. @param {string} text @param {string} name */
const at = (text, name) => {
  const i = new RegExp(`const ${name}\\s*=`).exec(text)?.index;
  if (i === undefined) throw new Error(`no const ${name}`);
  const before = text.slice(0, i + "const ".length).split("\n");
  return { line: before.length - 1, character: before[before.length - 1].length, offset: i + "const ".length };
};

/** Hover timings on TypeScript 7's language server. @param {string} path @param {number} runs */
const timeLsp = async (path, runs) => {
  const text = readFileSync(path, "utf8");
  const dir = dirname(path);
  // Find the last tensor, or when there is none the last model or shape (a first session, not timed).
  let target;
  {
    const c = await LspClient.start(compilers[0].bin, dir);
    c.open(path);
    /** @type {{ name: string, hover: string }[]} */
    const shown = [];
    for (const name of constsFromEnd(text)) shown.push({ name, hover: await c.hover(path, at(text, name).line, at(text, name).character) });
    target = shown.find((h) => /^const \w+: SymbolicTensor</.test(h.hover)) ?? shown.find((h) => /^const \w+: (Sequential<\[|Model<\[|\[)/.test(h.hover));
    await c.close();
  }
  if (target === undefined) throw new Error(`no tensor in ${path}`);
  const p = at(text, target.name);
  const c = await LspClient.start(compilers[0].bin, dir);
  try {
    c.open(path);
    let t = performance.now();
    await c.hover(path, p.line, p.character);
    const cold = performance.now() - t;
    const edits = [];
    const repeats = [];
    for (let r = 0; r < runs; r++) {
      c.change(path, `${text}\n// edit ${r}\n`);
      t = performance.now();
      await c.hover(path, p.line, p.character);
      edits.push(performance.now() - t);
      t = performance.now();
      await c.hover(path, p.line, p.character);
      repeats.push(performance.now() - t);
    }
    return { target: target.name, hover: target.hover, cold, afterEdit: median(edits), repeated: median(repeats) };
  } finally {
    await c.close();
  }
};

/** Hover timings on TypeScript 5.9's LanguageService, in process. @param {string} path @param {string} name @param {number} runs */
const timeLanguageService = (path, name, runs) => {
  const dir = dirname(path);
  const config = ts.getParsedCommandLineOfConfigFile(join(dir, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (config === undefined) throw new Error("no tsconfig");
  const original = readFileSync(path, "utf8");
  let text = original;
  let version = 1;
  const service = ts.createLanguageService({
    getScriptFileNames: () => config.fileNames,
    getScriptVersion: (f) => (f === path ? `${version}` : "1"),
    getScriptSnapshot: (f) => (f === path ? ts.ScriptSnapshot.fromString(text) : ts.sys.fileExists(f) ? ts.ScriptSnapshot.fromString(/** @type {string} */ (ts.sys.readFile(f))) : undefined),
    getCurrentDirectory: () => dir,
    getCompilationSettings: () => config.options,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  });
  const { offset } = at(original, name);
  const hover = () => ts.displayPartsToString(service.getQuickInfoAtPosition(path, offset)?.displayParts);
  service.getProgram(); // loading the project is not the hover's cost; LSP's first session did the same
  let t = performance.now();
  const shown = hover();
  const cold = performance.now() - t;
  const edits = [];
  const repeats = [];
  for (let r = 0; r < runs; r++) {
    text = `${original}\n// edit ${r}\n`;
    version++;
    t = performance.now();
    hover();
    edits.push(performance.now() - t);
    t = performance.now();
    hover();
    repeats.push(performance.now() - t);
  }
  return { target: name, hover: shown, cold, afterEdit: median(edits), repeated: median(repeats) };
};

/** @param {number} runs */
export const runHover = async (runs) => {
  let files = /** @type {string[]} */ (wanted.map(findExample).filter((f) => f !== undefined));
  if (files.length === 0) files = /** @type {string[]} */ (fallback.map(findExample).filter((f) => f !== undefined)).slice(0, 1);
  if (files.length === 0) throw new Error("no example to hover");
  const results = [];
  for (const file of files) {
    const path = workspace(file);
    const ts7 = await timeLsp(path, runs);
    const ts59 = timeLanguageService(path, ts7.target, runs);
    results.push({ file, ts7, "ts5.9": ts59 });
  }
  return { runs, files: results };
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { runs: { type: "string", default: "5" }, json: { type: "boolean", default: false }, lib: { type: "string" } } });
  if (values.lib !== undefined) {
    libDir = resolve(values.lib);
    if (!exists(join(libDir, "index.d.ts"))) throw new Error(`no index.d.ts in ${libDir}`);
  } else if (!exists(join(lib, "index.d.ts"))) buildLib();
  const r = await runHover(Number(values.runs));
  if (values.json) console.log(JSON.stringify(r));
  else
    for (const f of r.files) {
      console.log(`${f.file}, hover on ${f.ts7.target}: ${f.ts7.hover}`);
      for (const c of /** @type {const} */ (["ts7", "ts5.9"]))
        console.log(`  ${c.padEnd(6)} cold ${f[c].cold.toFixed(0)} ms, after an edit ${f[c].afterEdit?.toFixed(0)} ms, repeated ${f[c].repeated?.toFixed(1)} ms`);
    }
}
