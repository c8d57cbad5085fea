/**
 * The budget check CI runs (`npm run bench:check`): each fixture once on each compiler its entry in
 * bench/fixtures.mjs lists under `check`, against bench/budgets.json. Fails when
 * - a fixture needs more than 20% more instantiations (over the empty-project baseline) than its budget;
 * - a fixture that compiles within its budget stops compiling (TS2589/TS2590, a stack overflow, the time
 *   limit) or has any other error.
 * Instantiation counts are exact and repeatable on any machine, unlike times, so budgets are set on them.
 *
 *   npm run bench:check                         check
 *   node bench/check.mjs --update               set every budget to what this run measured (after a
 *                                               change that is meant to cost more, or that saves)
 *   node bench/check.mjs --only resnet50        fixtures whose name contains one of these
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { pool } from "../scripts/pool.mjs";
import { fixtures } from "./fixtures.mjs";
import { generate } from "./fixtures/generate.mjs";
import { baselineProject, buildLib, compilers, fixtureProject, measure, root } from "./lib.mjs";

const { values } = parseArgs({
  options: { update: { type: "boolean", default: false }, only: { type: "string" }, timeout: { type: "string", default: "120" } },
});
const budgetsPath = join(root, "bench", "budgets.json");
const budgets = JSON.parse(readFileSync(budgetsPath, "utf8"));
const tolerance = budgets.tolerance;
const only = values.only?.split(",").filter(Boolean);
const started = performance.now();

generate();
buildLib();
const { present, missing } = fixtures();
for (const m of missing) console.log(`notice: skipping ${m}: the file does not exist yet`);

/** Instantiations of the empty project, per compiler: the usual one, and the one `libCheck` fixtures are measured against. */
/** @type {Record<string, number>} */
const baseline = {};
/** @type {Record<string, number>} */
const libCheckBaseline = {};
const base = baselineProject();
for (const c of compilers) baseline[c.id] = (await measure(c, base, 120)).instantiations ?? 0;
if (present.some((f) => f.libCheck && (!only || only.some((o) => f.name.includes(o))))) {
  const libBase = baselineProject(true);
  for (const c of compilers) libCheckBaseline[c.id] = (await measure(c, libBase, 120)).instantiations ?? 0;
}

// Every compile is one single-threaded process, and counts do not depend on what else runs, so they run
// as many at a time as the machine has cores (times printed below are then per process, under load);
// the results are read in fixture order.
const runs = [];
for (const f of present) {
  if (only && !only.some((o) => f.name.includes(o))) continue;
  for (const c of compilers.filter((x) => f.check.includes(x.id))) runs.push({ f, c });
}
const results = await pool(runs.map(({ f, c }) => () => measure(c, fixtureProject(f), Number(values.timeout))));

const failures = [];
const notices = [];
for (const [i, { f, c }] of runs.entries()) {
  {
    const m = results[i];
    const inst = m.instantiations === undefined ? undefined : m.instantiations - (f.libCheck ? libCheckBaseline : baseline)[c.id];
    const budget = budgets.fixtures[f.name]?.[c.id];
    const expected = budget?.status ?? f.expect?.[c.id] ?? "ok";
    let verdict = "ok";
    if (m.status === "errors") verdict = `FAIL: errors: ${m.why}`;
    else if (m.status !== expected)
      if (expected === "ok") verdict = `FAIL: stops compiling (${m.why}); it compiled within budget`;
      else verdict = `notice: now ${m.status} (budget says ${expected}); run --update`;
    else if (m.status === "ok" && budget?.instantiations !== undefined && inst !== undefined) {
      const growth = inst / budget.instantiations - 1;
      if (growth > tolerance) verdict = `FAIL: ${(growth * 100).toFixed(1)}% over budget (${budget.instantiations})`;
      else if (growth < -tolerance) verdict = `notice: ${(-growth * 100).toFixed(1)}% under budget (${budget.instantiations}): lower it with --update`;
      else verdict = `ok (${growth >= 0 ? "+" : ""}${(growth * 100).toFixed(1)}%)`;
    } else if (m.status === "ok" && budget === undefined) verdict = "notice: no budget yet; set it with --update";
    if (verdict.startsWith("FAIL")) failures.push(`${f.name} on ${c.name}: ${verdict.slice(6)}`);
    if (verdict.startsWith("notice")) notices.push(`${f.name} on ${c.name}: ${verdict.slice(8)}`);
    console.log(
      `${f.name.padEnd(26)} ${c.id.padEnd(6)} ${(m.status === "ok" ? `${inst} inst` : m.status === "stops" ? `stops: ${m.why}` : "errors").padEnd(22)} ${m.wall.toFixed(1).padStart(5)} s  ${verdict}`,
    );
    if (values.update && m.status !== "errors")
      ((budgets.fixtures[f.name] ??= {})[c.id] = m.status === "ok" ? { instantiations: inst } : { status: m.status, why: m.why });
  }
}
if (values.update) {
  // One line a fixture, so that a change of budget reads as one line in a diff.
  const lines = Object.entries(budgets.fixtures).map(([name, b]) => `    ${JSON.stringify(name)}: ${JSON.stringify(b)}`);
  writeFileSync(
    budgetsPath,
    `{\n  "note": ${JSON.stringify(budgets.note)},\n  "tolerance": ${budgets.tolerance},\n  "fixtures": {\n${lines.join(",\n")}\n  }\n}\n`,
  );
  console.log("wrote bench/budgets.json");
}
console.log(`\n${((performance.now() - started) / 1000).toFixed(0)} s.`);
for (const n of notices) console.log(`notice: ${n}`);
if (failures.length && !values.update) {
  console.log(`\n${failures.length} budget check(s) failed:\n${failures.map((x) => `  ${x}`).join("\n")}`);
  console.log("If the extra cost is intended, set the budgets again: node bench/check.mjs --update, and commit bench/budgets.json.");
  process.exit(1);
}
console.log("budgets: all within 20%");
