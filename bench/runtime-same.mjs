/**
 * Everything observable about every model the examples make, written with one build of the library, so
 * that a change to the runtime mirror can be checked byte for byte against main's build: each model's
 * summaries (default width and 21-200, nested and not), shapes, count, built state, weights, and each
 * layer's within it (nodes, tensor names, Keras config), plus models with odd names (non-ASCII, emoji,
 * control characters, zero-width), an intermediate input, a called model, nested blocks.
 *
 *   node bench/runtime-same.mjs <dir of a build's index.js> <out file>
 *   node bench/runtime-same.mjs bench/.tmp/lib a.txt && node bench/runtime-same.mjs <main's build> b.txt && cmp a.txt b.txt
 */
import { readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { recording, runExample } from "./example-runner.mjs";
const libDir = resolve(process.argv[2]); const out = process.argv[3];
const lib = await import(pathToFileURL(join(libDir, "index.js")).href);
const root = resolve(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "..");
const json = await import(pathToFileURL(join(libDir, "json/index.js")).href);
const plot = await import(pathToFileURL(join(libDir, "plot/index.js")).href);
const files = [...readdirSync(join(root, "examples")).filter((f) => f.endsWith(".ts") && !f.startsWith("tfjs")).map((f) => join(root, "examples", f)),
  ...readdirSync(join(root, "examples/straight")).map((f) => join(root, "examples/straight", f))];
const lines = [];
const tryS = (f) => { try { const v = f(); return typeof v === "string" ? v : JSON.stringify(v); } catch (e) { return `THROWS ${e.name}: ${e.message}`; } };
const dumpLayer = (l, depth) => {
  if (depth > 8) return;
  lines.push(`${"  ".repeat(depth)}${l.className} ${JSON.stringify(l.name)} built=${tryS(() => l.built)} params=${tryS(() => l.countParams())} bis=${tryS(() => l.batchInputShape)} nodes=${l.nodes.length} w=${tryS(() => l.weights.map((w) => [w.name, w.shape, w.trainable]))} out=${tryS(() => l.output && [l.output.name, l.output.shape])}`);
  lines.push(`${"  ".repeat(depth)} cfg=${tryS(() => l.kerasConfig())}`);
  for (const n of l.nodes) lines.push(`${"  ".repeat(depth)} node ${n.index} in=${n.inputs.map((t) => t.name + JSON.stringify(t.shape)).join(",")} out=${n.outputs.map((t) => t.name + JSON.stringify(t.shape)).join(",")}`);
  for (const p of l.layers ?? []) dumpLayer(p, depth + 1);
};
const dumpModel = (m, k) => {
  lines.push(`== model ${k} ${m.className} ${JSON.stringify(m.name)}`);
  lines.push(`in=${tryS(() => m.inputShape)} out=${tryS(() => m.outputShape)} count=${tryS(() => m.countParams())} built=${tryS(() => m.built)} weights=${tryS(() => m.weights.length)}`);
  for (const w of [undefined, 21, 30, 45, 60, 88, 100, 120, 160, 200]) for (const e of [false, true]) lines.push(`-- summary ${w} ${e}`, tryS(() => m.summary({ printFn: () => {}, expandNested: e, ...(w && { lineLength: w }) })));
  dumpLayer(m, 0);
};
for (const f of files) {
  lib.clearSession();
  const { models, module } = recording(lib);
  const log = console.log; console.log = () => {};
  let err = "";
  try { runExample(f, { shapeflow: module, "shapeflow/json": json, "shapeflow/plot": plot }); } catch (e) { err = `THROWS ${e.message}`; }
  console.log = log;
  lines.push(`#### ${f.slice(root.length)} ${models.length} models ${err}`);
  models.forEach(dumpModel);
}
// odd names and shapes
lib.clearSession();
const odd = ["é_layer", "日本語", "emoji_🎉_x", "tab\there", "ctl\u0001x", "a".repeat(70), "zero\u200bwidth", "e\u0301"];
const s = lib.sequential({ name: "odd_seq", layers: [lib.input({ shape: [5] }), ...odd.map((name) => lib.dense({ units: 3, name }))] });
dumpModel(s, "odd");
const i = lib.input({ shape: [4, 4, 2], name: "in_π" });
const a = lib.conv2d({ filters: 3, kernelSize: 3, padding: "same", name: "c_😀" })(i);
const b = lib.add({ name: "add_ß" })([a, lib.conv2d({ filters: 3, kernelSize: 1 })(i)]);
const mid = lib.model({ inputs: b, outputs: lib.dense({ units: 2 })(lib.flatten()(b)) });
dumpModel(mid, "intermediate");
const big = lib.model({ inputs: i, outputs: mid(b) });
dumpModel(big, "calls-mid");
const inner = lib.sequential({ layers: [lib.dense({ units: 4, inputShape: [3] }), lib.sequential({ layers: [lib.dense({ units: 2 }), lib.dense({ units: 5, name: "ınner_İ" })] })] });
dumpModel(inner, "nested");
const blk = lib.sequential({ layers: [lib.input({ shape: [8] }), lib.residual(lib.sequential({ layers: [lib.dense({ units: 8 }), lib.dense({ units: 8 })] })), lib.repeat(3, () => lib.dense({ units: 8 })), lib.parallel ? lib.dense({ units: 2 }) : lib.dense({ units: 2 })] });
dumpModel(blk, "blocks");
writeFileSync(out, lines.join("\n"));
console.log(out, lines.length, "lines");
