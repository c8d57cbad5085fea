/**
 * Shared by the bench scripts: the compilers, a private build of the library, one throwaway project per
 * fixture, and one `tsc --extendedDiagnostics` run read into numbers.
 */
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { distIsFresh } from "../scripts/build-stamp.mjs";
import { markDeclarations } from "../scripts/no-check.mjs";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const tmp = join(root, "bench", ".tmp");
/** The library's declarations and JavaScript, built by bench from src/ (or copied from dist/ when that is checked to be their build). */
export const lib = join(tmp, "lib");

/** The compilers measured, by the package that ships each. */
export const compilers = [
  { id: "ts7", name: "TypeScript 7", bin: join(root, "node_modules/typescript/bin/tsc") },
  { id: "ts5.9", name: "TypeScript 5.9", bin: join(root, "node_modules/typescript-5.9/bin/tsc") },
];

/**
 * Builds src/ into bench/.tmp/lib with TypeScript 7, as the package's ESM build does (JS and .d.ts, marked
 * `// @ts-nocheck`); when dist/ is the build of the current sources (scripts/build-stamp.mjs), its ESM
 * output is those very files, and is copied instead (in CI, `npm test` has just built it).
 */
export const buildLib = () => {
  rmSync(lib, { recursive: true, force: true });
  if (distIsFresh()) {
    cpSync(join(root, "dist", "esm"), lib, { recursive: true });
    return;
  }
  execFileSync(process.execPath, [compilers[0].bin, "-p", join(root, "tsconfig.build.json"), "--outDir", lib], { cwd: root, stdio: "inherit" });
  markDeclarations(lib);
};

/**
 * The compiler options of a fixture's project: the repo's own strict settings (tsconfig.json), with the
 * library read from its declarations as users get it, and `skipLibCheck` so that only the fixture is
 * checked (what the library's declarations cost to check is the same for every model).
 */
const options = {
  target: "es2022",
  lib: ["es2022", "dom"],
  module: "nodenext",
  moduleResolution: "nodenext",
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noImplicitOverride: true,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  noEmit: true,
  skipLibCheck: true,
  types: ["node"],
  paths: { shapeflow: [join(lib, "index.d.ts")] },
};

/** The empty project every fixture is measured against: the library loaded, nothing used. */
export const baselineSource = `export { dense } from "shapeflow";\n`;

/**
 * The options of a fixture that measures what the library's declarations cost a project that leaves
 * `skipLibCheck` off (its default): as a user's strict nodenext project, without @types/node or the DOM
 * (whose own checking would swamp the figure). Measured against an empty project of the same options.
 */
export const libCheckOptions = { skipLibCheck: false, types: [], lib: ["es2022"] };

/**
 * Writes bench/.tmp/projects/<name>/tsconfig.json for the given files (absolute paths; a relative import
 * of theirs is followed as usual) and returns its path. `over`: options that differ from the usual ones.
 * @param {string} name @param {string[]} files @param {Record<string, unknown>} [over]
 */
export const project = (name, files, over = {}) => {
  const dir = join(tmp, "projects", name);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, "tsconfig.json");
  writeFileSync(path, JSON.stringify({ compilerOptions: { ...options, ...over }, files }, null, 2));
  return path;
};

/** The baseline project (written once); with `libCheck`, the empty project a `libCheck` fixture is measured against. */
export const baselineProject = (libCheck = false) => {
  const name = libCheck ? "baseline-libcheck" : "baseline";
  const file = join(tmp, "projects", name, "empty.ts");
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, libCheck ? "export {};\n" : baselineSource);
  return project(name, [file], libCheck ? libCheckOptions : {});
};

/** A fixture's project. @param {{ name: string, files: string[], libCheck?: boolean }} f */
export const fixtureProject = (f) => project(f.name, f.files.map((x) => join(root, x)), f.libCheck ? libCheckOptions : {});

/**
 * @typedef {object} Measure
 * @property {"ok" | "stops" | "errors"} status ok: no diagnostics; stops: TS2589/TS2590, a stack overflow
 *   or the time limit; errors: any other diagnostic (the fixture is broken)
 * @property {string} [why] the stop's kind (TS2589, TS2590, stack overflow, timeout) or the first error
 * @property {number} [instantiations]
 * @property {number} [types]
 * @property {number} [checkTime] seconds
 * @property {number} [totalTime] seconds
 * @property {number} [memory] kilobytes
 * @property {number} wall seconds, the whole process
 */

const number = (out, label) => {
  const m = new RegExp(`^${label}:\\s+([\\d.]+)`, "m").exec(out);
  return m ? Number(m[1]) : undefined;
};

/**
 * One `tsc -p project --extendedDiagnostics` run.
 * @param {{ bin: string }} compiler @param {string} projectPath @param {number} timeoutSeconds
 * @returns {Promise<Measure>}
 */
export const measure = (compiler, projectPath, timeoutSeconds) =>
  new Promise((done) => {
    const started = performance.now();
    const child = spawn(process.execPath, [compiler.bin, "-p", projectPath, "--extendedDiagnostics", "--pretty", "false"], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (c) => (out += c));
    child.stderr.on("data", (c) => (err += c));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutSeconds * 1000);
    child.on("close", (code) => {
      clearTimeout(timer);
      const wall = (performance.now() - started) / 1000;
      const numbers = {
        instantiations: number(out, "Instantiations"),
        types: number(out, "Types"),
        checkTime: number(out, "Check time"),
        totalTime: number(out, "Total time"),
        memory: number(out, "Memory used"),
      };
      const codes = [...out.matchAll(/error (TS\d+): (.*)/g)];
      if (timedOut) return done({ status: "stops", why: `timeout (${timeoutSeconds} s)`, wall });
      if (/Maximum call stack size exceeded|stack overflow|goroutine stack exceeds/i.test(err + out))
        return done({ status: "stops", why: "stack overflow", wall });
      const stop = codes.find((c) => c[1] === "TS2589" || c[1] === "TS2590");
      if (stop) return done({ status: "stops", why: stop[1], wall, ...numbers });
      if (codes.length > 0) return done({ status: "errors", why: `${codes[0][1]}: ${codes[0][2].slice(0, 200)}`, wall, ...numbers });
      if (code !== 0 || numbers.instantiations === undefined)
        return done({ status: "errors", why: `exit ${code}: ${(err || out).trim().split("\n").slice(0, 3).join(" / ").slice(0, 300)}`, wall });
      done({ status: "ok", wall, ...numbers });
    });
  });

/** Median of numbers (undefined for none). @param {number[]} xs */
export const median = (xs) => {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The machine, for the results. */
export const machine = () => {
  const c = cpus();
  return {
    cpu: `${c.length} x ${c[0]?.model ?? "unknown"}`,
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
};

export const exists = existsSync;
