// Consumer test: packs shapeflow as npm would publish it, installs the tarball into throwaway projects
// and checks it the way users meet it:
//   - the typed program test/consumer/seed.ts (the README's seed network, compile-time type assertions,
//     and exactly one deliberate shape error whose message is checked) under every supported compiler
//     (TypeScript 5.3, 5.9, 6.0, 7) x moduleResolution node16, nodenext (from a "type": "module" and a
//     "type": "commonjs" project) and bundler (from the module project), always with strict,
//     exactOptionalPropertyTypes, noUncheckedIndexedAccess and skipLibCheck false; once as shipped (each
//     .d.ts starts with `// @ts-nocheck`, see scripts/no-check.mjs) and, under nodenext, once with that
//     pragma taken out, so that the compiler checks the declarations themselves: any error in them fails;
//   - what the declarations cost (issue 17): on each compiler, `import { input } from "shapeflow";
//     export const x = input({ shape: [3] });` against an empty project (strict, nodenext), with
//     skipLibCheck false and true, read from --extendedDiagnostics: under 10,000 instantiations;
//   - declaration emit (issue: helpers that return models): test/consumer/helpers.ts, exported helpers
//     generic over their tensor or a layer option, compiled with `declaration: true` (strict, nodenext,
//     skipLibCheck true) on each compiler, once: any error fails, and so does a compile over
//     the limits in helpersLimits (time, instantiations, characters of emitted declarations);
//   - the seed example from plain JavaScript: test/consumer/seed.mjs (import) and seed.cjs (require).
//
// Usage:
//   node scripts/consumer-test.mjs                      build, pack, then test
//   node scripts/consumer-test.mjs --tarball <x.tgz>    test an existing tarball (no build, no pack)
//   SHAPEFLOW_TARBALL=<x.tgz> node scripts/consumer-test.mjs   the same
//
// Works in .tmp/consumer/ (git-ignored), wiped at each run. Prints one line per case and ends with
// "N passed, M failed"; exits 1 if anything failed. Needs only Node, npm and the npm registry.
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { pool } from "./pool.mjs";
import { unmarkDeclarations } from "./no-check.mjs";

const started = Date.now();
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const fixtures = join(root, "test/consumer");
const work = join(root, ".tmp/consumer");

/** The supported compilers: npm alias -> exact version. Lowest supported 5.x, latest 5.x, 6.0, 7. */
const compilers = {
  "ts-5.3": "5.3.3",
  "ts-5.9": "5.9.3",
  "ts-6.0": "6.0.3",
  "ts-7": "7.0.2",
};

/** moduleResolution settings, each with the module it pairs with, and the projects it is checked from. */
const settings = [
  { name: "node16", module: "node16", moduleResolution: "node16", projects: ["esm", "cjs"] },
  { name: "nodenext", module: "nodenext", moduleResolution: "nodenext", projects: ["esm", "cjs"] },
  { name: "bundler", module: "esnext", moduleResolution: "bundler", projects: ["esm"] },
];

/**
 * The consumer projects. The cjs one compiles the same src/seed.ts, whose `import`s become require().
 * The `-unmarked` twins install the same tarball and then take `// @ts-nocheck` out of its declarations.
 */
const projects = {
  esm: { type: "module", typesEntry: "dist/esm/index.d.ts", own: "esm" },
  cjs: { type: "commonjs", typesEntry: "dist/cjs/index.d.ts", own: "cjs" },
  "esm-unmarked": { type: "module", typesEntry: "dist/esm/index.d.ts", own: "esm", unmarked: true },
  "cjs-unmarked": { type: "commonjs", typesEntry: "dist/cjs/index.d.ts", own: "cjs", unmarked: true },
};

/** The most instantiations importing shapeflow and one input() call may cost over an empty project (issue 17). */
const maxDeclarationsCost = 10000;
/** The cost program, and the empty program it is measured against. */
const costSources = {
  used: 'import { input } from "shapeflow";\nexport const x = input({ shape: [3] });\n',
  empty: "export {};\n",
};

/**
 * What compiling test/consumer/helpers.ts with declaration emit may cost on one compiler. Measured at its
 * introduction: 42,000-48,000 instantiations, 19,000 characters, 1-4 s check time; since an open .add
 * step names the step before it once (`SequentialAfter`), with the .add chain made six open steps
 * long, about 6,000 characters (3x a step would be about 120,000). The character limit catches a return
 * type the emitter inlines instead of naming (an .add chain grew exponentially: out of memory, then 3x a
 * step); the time limit, a compile that never ends. The recurrent and attention helpers (review 2,
 * finding 1) took it from about 62,000 to 88,000 on TS 7, 81,000 on 5.9 and 6.0, and from 65,000 to
 * 98,000 on 5.3 (the first gru, attention and concatenate calls of the program; on TS 7 the first gru and
 * attention calls cost about 11,600 as calls on a concrete tensor, their generic bodies about 8,000 more).
 */
const helpersLimits = { seconds: 30, instantiations: 110000, characters: 12000 };

const deliberateLine = "dense({ units: 4 })(input({ shape: [] }));";
const expectedMessage =
  "Dense needs an input of rank 2 or more, (batch, ..., features), but got (None,) of rank 1.";

// ---------------------------------------------------------------------------------------------------

const args = process.argv.slice(2);
let tarballArg = process.env.SHAPEFLOW_TARBALL || undefined;
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--tarball" && args[i + 1]) tarballArg = args[++i];
  else if (args[i].startsWith("--tarball=")) tarballArg = args[i].slice("--tarball=".length);
  else {
    console.error(`unknown argument: ${args[i]}\nusage: node scripts/consumer-test.mjs [--tarball <file.tgz>]`);
    process.exit(2);
  }
}

/**
 * The environment for child processes. When run through `npm run`, npm exports its own lifecycle and
 * prefix variables; the nested npm commands run in other folders, so they must not inherit those.
 */
const childEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([k]) => !/^npm_(lifecycle_|package_|command$|config_local_prefix$|config_prefix$)/i.test(k),
  ),
);

/** Runs a command; resolves with its exit status and combined output (never rejects on a non-zero exit). With `timeout` (ms), kills it then. */
const run = (cmd, argv, cwd, timeout = 0) =>
  new Promise((resolvePromise) => {
    const child = spawn(cmd, argv, { cwd, env: childEnv, stdio: ["ignore", "pipe", "pipe"], timeout, killSignal: "SIGKILL" });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("error", (e) => resolvePromise({ status: null, out: `${out}${e.message}\n` }));
    child.on("close", (status, signal) =>
      resolvePromise({ status, out: signal ? `${out}killed by ${signal}\n` : out }),
    );
  });

/** Like run, but throws with the command's output when it fails. */
const must = async (cmd, argv, cwd) => {
  const r = await run(cmd, argv, cwd);
  if (r.status !== 0) throw new Error(`\`${cmd} ${argv.join(" ")}\` in ${cwd} exited ${r.status}:\n${r.out}`);
  return r.out;
};

const npmInstall = ["--no-audit", "--no-fund", "--loglevel=error"];
const writeJson = (path, value) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(value, null, 2) + "\n");
};
const indent = (text) =>
  text
    .trimEnd()
    .split(/\r?\n/)
    .map((l) => `       ${l}`)
    .join("\n");

const results = [];
const report = (ok, label, detail = "") => {
  results.push(ok);
  console.log(`${ok ? "ok  " : "FAIL"} ${label}`);
  if (!ok && detail) console.log(indent(detail));
};

const finish = () => {
  const passed = results.filter(Boolean).length;
  const failed = results.length - passed;
  console.log(`time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
};

// --- diagnostics --------------------------------------------------------------------------------------

/**
 * Splits `tsc --pretty false --listFiles` output into diagnostics and listed files. A diagnostic starts
 * with `file(line,col): error TSn: ` (or `error TSn: ` for one without a place); its elaboration lines
 * follow, indented. Files are listed one absolute path a line.
 */
const parseTscOutput = (out, cwd) => {
  const head = /^(?:(.+?)\((\d+),(\d+)\): )?error (TS\d+): (.*)$/;
  const diags = [];
  const files = [];
  const stray = [];
  for (const line of out.split(/\r?\n/)) {
    if (line.trim() === "") continue;
    const m = head.exec(line);
    if (m) {
      diags.push({
        file: m[1] === undefined ? undefined : resolve(cwd, m[1]),
        line: m[2] === undefined ? undefined : Number(m[2]),
        col: m[3] === undefined ? undefined : Number(m[3]),
        code: m[4],
        text: m[5],
      });
    } else if (/^\s/.test(line) && diags.length > 0) {
      diags[diags.length - 1].text += `\n${line.trim()}`;
    } else if (line.startsWith("/") || /^[A-Za-z]:[\\/]/.test(line)) {
      files.push(resolve(line.trim()));
    } else {
      stray.push(line);
    }
  }
  return { diags, files, stray };
};

// --- the cases ----------------------------------------------------------------------------------------

const seedTs = readFileSync(join(fixtures, "seed.ts"), "utf8");
const seedLines = seedTs.split(/\r?\n/);
const errorLines = seedLines.flatMap((l, i) => (l.trim() === deliberateLine ? [i + 1] : []));
if (errorLines.length !== 1) {
  console.error(`test/consumer/seed.ts must contain the line \`${deliberateLine}\` exactly once`);
  process.exit(2);
}
const expectedLine = errorLines[0];

/** Type-checks src/seed.ts of one project with one compiler and one setting, and judges the result. */
const checkTypes = async (alias, version, setting, projectName) => {
  const label = `TS ${version.padEnd(6)} ${setting.name.padEnd(9)} ${projectName}`;
  const dir = join(work, projectName);
  const tsc = join(work, "compilers/node_modules", alias, "bin/tsc");
  const config = `tsconfig.${setting.name}.json`;
  const r = await run(process.execPath, [tsc, "-p", config, "--pretty", "false", "--listFiles"], dir);
  const { diags, files, stray } = parseTscOutput(r.out, dir);
  const problems = [];
  if (r.status === null) problems.push("the compiler did not run to completion");
  else if (r.status === 0) problems.push("the compiler exited 0, but the deliberate error must fail the build");
  if (stray.length > 0) problems.push(`unexpected compiler output:\n${stray.join("\n")}`);
  const seedFile = join(dir, "src/seed.ts");
  const wanted = diags.filter((d) => d.file === seedFile && d.line === expectedLine);
  if (diags.length !== 1 || wanted.length !== 1)
    problems.push(`expected exactly 1 error, on src/seed.ts line ${expectedLine}; got ${diags.length}`);
  if (wanted.length === 1 && !wanted[0].text.includes(expectedMessage))
    problems.push(`the error on line ${expectedLine} does not contain: ${expectedMessage}`);
  // The exports map must hand each kind of importer its own declarations.
  const typesEntry = join(dir, "node_modules/shapeflow", projects[projectName].typesEntry);
  if (r.status !== null && !files.includes(typesEntry))
    problems.push(`the compiler did not load ${relative(dir, typesEntry)}`);
  const other = projects[projectName].own === "esm" ? "cjs" : "esm";
  const wrong = files.filter((f) => f.includes(`${sep}shapeflow${sep}dist${sep}${other}${sep}`));
  if (wrong.length > 0) problems.push(`the compiler loaded the ${other} declarations: ${relative(dir, wrong[0])}`);
  const ok = problems.length === 0;
  const diagText = diags
    .map((d) => `${d.file ? `${relative(dir, d.file)}(${d.line},${d.col}): ` : ""}error ${d.code}: ${d.text}`)
    .join("\n");
  return { ok, label, detail: `${problems.join("\n")}\ncompiler output (exit ${r.status}):\n${diagText || r.out}` };
};

/** One `tsc --extendedDiagnostics` run of a cost config in the esm project: its instantiations and check time. */
const costRun = async (alias, config) => {
  const dir = join(work, "esm");
  const r = await run(process.execPath, [join(work, "compilers/node_modules", alias, "bin/tsc"), "-p", config, "--extendedDiagnostics", "--pretty", "false"], dir);
  const inst = /^Instantiations:\s+(\d+)/m.exec(r.out);
  const check = /^Check time:\s+([\d.]+)s/m.exec(r.out);
  if (r.status !== 0 || !inst || !check) throw new Error(`tsc -p ${config} (${alias}) exited ${r.status}:\n${r.out}`);
  return { instantiations: Number(inst[1]), check: Number(check[1]) };
};

/** What the declarations cost on one compiler with one skipLibCheck setting: the one-line program minus the empty one. */
const checkCost = async (alias, version, skipLibCheck) => {
  const label = `TS ${version.padEnd(6)} cost      skipLibCheck ${skipLibCheck}`;
  const used = await costRun(alias, `tsconfig.cost-used-${skipLibCheck}.json`);
  const empty = await costRun(alias, `tsconfig.cost-empty-${skipLibCheck}.json`);
  const inst = used.instantiations - empty.instantiations;
  const ok = inst < maxDeclarationsCost;
  const figures = `${inst.toLocaleString("en-US")} instantiations, ${(used.check - empty.check).toFixed(2)} s check over an empty project`;
  return { ok, label: `${label}: ${figures}`, detail: `over the limit of ${maxDeclarationsCost.toLocaleString("en-US")} instantiations (issue 17)` };
};

/** Compiles test/consumer/helpers.ts with declaration emit on one compiler (esm project, nodenext); any error fails. */
const checkHelpers = async (alias, version) => {
  const dir = join(work, "esm");
  const tsc = join(work, "compilers/node_modules", alias, "bin/tsc");
  const r = await run(process.execPath, [tsc, "-p", "tsconfig.helpers.json", "--pretty", "false", "--extendedDiagnostics"], dir, helpersLimits.seconds * 1000);
  const inst = /^Instantiations:\s+(\d+)/m.exec(r.out);
  const emitted = join(dir, "out-helpers/helpers.d.ts");
  const characters = existsSync(emitted) ? readFileSync(emitted, "utf8").length : undefined;
  const problems = [];
  if (r.status !== 0) problems.push(r.status === null ? `the compiler did not finish within ${helpersLimits.seconds} s` : `the compiler exited ${r.status}`);
  if (!inst) problems.push("no instantiation count in the compiler's output");
  else if (Number(inst[1]) > helpersLimits.instantiations) problems.push(`${inst[1]} instantiations, over the limit of ${helpersLimits.instantiations}`);
  if (characters === undefined) problems.push("no declarations emitted");
  else if (characters > helpersLimits.characters) problems.push(`${characters} characters of declarations, over the limit of ${helpersLimits.characters}: a return type is inlined, not named`);
  const figures = `${inst ? Number(inst[1]).toLocaleString("en-US") : "?"} instantiations, ${characters ?? "?"} characters emitted`;
  return { ok: problems.length === 0, label: `TS ${version.padEnd(6)} declaration emit of helpers.ts: ${figures}`, detail: `${problems.join("\n")}\ncompiler output:\n${r.out}` };
};

/** Runs one plain-JavaScript seed program with node from a project folder. */
const runJs = async (file, projectName, how) => {
  const dir = join(work, projectName);
  const r = await run(process.execPath, [join("src", file)], dir);
  return { ok: r.status === 0, label: `JS ${file.padEnd(6)} ${how.padEnd(9)} ${projectName}`, detail: `exit ${r.status}:\n${r.out}` };
};

// --- main ---------------------------------------------------------------------------------------------

const main = async () => {
  // Read a given tarball before wiping the work folder: it may live inside it.
  const given = tarballArg ? readFileSync(resolve(tarballArg)) : undefined;
  rmSync(work, { recursive: true, force: true });
  const packDir = join(work, "pack");
  mkdirSync(packDir, { recursive: true });

  let tgz;
  if (given) {
    tgz = join(packDir, basename(tarballArg));
    writeFileSync(tgz, given);
    console.log(`tarball: ${tarballArg} (given; not built)`);
  } else {
    await must("npm", ["run", "build"], root);
    const packed = JSON.parse(await must("npm", ["pack", "--json", "--pack-destination", packDir], root));
    tgz = join(packDir, packed[0].filename);
    console.log(`tarball: ${relative(root, tgz)} (${packed[0].entryCount} files)`);
  }
  if (!existsSync(tgz)) throw new Error(`no tarball at ${tgz}`);

  // The compilers, once, in one shared folder; the two projects with only the tarball. In parallel.
  writeJson(join(work, "compilers/package.json"), {
    name: "consumer-compilers",
    private: true,
    dependencies: Object.fromEntries(Object.entries(compilers).map(([a, v]) => [a, `npm:typescript@${v}`])),
  });
  for (const [name, p] of Object.entries(projects)) {
    const dir = join(work, name);
    writeJson(join(dir, "package.json"), { name: `consumer-${name}`, private: true, type: p.type });
    mkdirSync(join(dir, "src"), { recursive: true });
    for (const f of ["seed.ts", "seed.mjs", "seed.cjs"]) copyFileSync(join(fixtures, f), join(dir, "src", f));
    for (const s of settings.filter((s) => s.projects.includes(p.own))) {
      writeJson(join(dir, `tsconfig.${s.name}.json`), {
        compilerOptions: {
          target: "es2022",
          lib: ["es2022"],
          module: s.module,
          moduleResolution: s.moduleResolution,
          strict: true,
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
          skipLibCheck: false,
          noEmit: true,
          types: [],
        },
        files: ["src/seed.ts"],
      });
    }
  }
  copyFileSync(join(fixtures, "helpers.ts"), join(work, "esm/src/helpers.ts"));
  writeJson(join(work, "esm/tsconfig.helpers.json"), {
    compilerOptions: {
      target: "es2022", lib: ["es2022"], module: "nodenext", moduleResolution: "nodenext", strict: true, skipLibCheck: true,
      declaration: true, emitDeclarationOnly: true, outDir: "out-helpers", rootDir: "src", types: [],
    },
    files: ["src/helpers.ts"],
  });
  for (const [which, source] of Object.entries(costSources)) {
    writeFileSync(join(work, "esm/src", `cost-${which}.ts`), source);
    for (const skipLibCheck of [false, true])
      writeJson(join(work, "esm", `tsconfig.cost-${which}-${skipLibCheck}.json`), {
        compilerOptions: { target: "es2022", lib: ["es2022"], module: "nodenext", moduleResolution: "nodenext", strict: true, skipLibCheck, noEmit: true, types: [] },
        files: [`src/cost-${which}.ts`],
      });
  }
  const installStart = Date.now();
  await Promise.all([
    must("npm", ["install", "--prefer-offline", ...npmInstall], join(work, "compilers")),
    ...Object.keys(projects).map((name) => must("npm", ["install", tgz, ...npmInstall], join(work, name))),
  ]);
  // The package has no runtime dependencies: the tarball must be all that a project installs.
  for (const name of Object.keys(projects)) {
    const extra = readdirSync(join(work, name, "node_modules")).filter((e) => e !== "shapeflow" && !e.startsWith("."));
    if (extra.length > 0) throw new Error(`installing the tarball into ${name} also brought: ${extra.join(", ")}`);
    if (projects[name].unmarked) unmarkDeclarations(join(work, name, "node_modules/shapeflow/dist"));
  }
  const installed = Object.fromEntries(
    Object.keys(compilers).map((a) => [
      a,
      JSON.parse(readFileSync(join(work, "compilers/node_modules", a, "package.json"), "utf8")).version,
    ]),
  );
  for (const [a, v] of Object.entries(compilers))
    if (installed[a] !== v) throw new Error(`${a} installed as typescript@${installed[a]}, wanted ${v}`);
  console.log(`installed in ${((Date.now() - installStart) / 1000).toFixed(1)} s: typescript ${Object.values(installed).join(", ")}`);

  const jobs = [
    () => runJs("seed.mjs", "esm", "import"),
    () => runJs("seed.cjs", "cjs", "require"),
  ];
  for (const [alias, version] of Object.entries(compilers)) {
    for (const s of settings)
      // The declarations with the pragma taken out are checked once per compiler and module kind (under
      // nodenext): the other resolution modes load the very same files.
      for (const p of s.projects)
        for (const q of s.name === "nodenext" ? [p, `${p}-unmarked`] : [p]) jobs.push(() => checkTypes(alias, version, s, q));
    for (const skipLibCheck of [false, true]) jobs.push(() => checkCost(alias, version, skipLibCheck));
    jobs.push(() => checkHelpers(alias, version));
  }
  const caught = jobs.map((job, i) => () =>
    job().catch((e) => ({ ok: false, label: `case ${i + 1}`, detail: e instanceof Error ? e.stack : String(e) })));
  await pool(caught, Math.max(2, availableParallelism()), (r) => report(r.ok, r.label, r.detail));
};

main().then(finish, (e) => {
  report(false, "setup", e instanceof Error ? e.message : String(e));
  finish();
});
