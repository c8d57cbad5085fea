/**
 * Runs the compilers the way users do (`tsc -p`), and reads their diagnostics, so that tests can check
 * the TEXT of type errors on every supported compiler.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

export const root = resolve(import.meta.dirname, "..");

/** The supported compilers, by the package that ships each: 7, 6.0, the latest 5.x and the lowest supported. */
export const compilers = [
  { name: "TypeScript 7", bin: join(root, "node_modules/typescript/bin/tsc") },
  { name: "TypeScript 6.0", bin: join(root, "node_modules/typescript-6.0/bin/tsc") },
  { name: "TypeScript 5.9", bin: join(root, "node_modules/typescript-5.9/bin/tsc") },
  { name: "TypeScript 5.3", bin: join(root, "node_modules/typescript-5.3/bin/tsc") },
] as const;

export interface Diagnostic {
  /** Path relative to the repo root. */
  readonly file: string;
  readonly line: number;
  readonly code: string;
  /** The whole message with its elaboration chain, string-literal quotes unescaped. */
  readonly text: string;
}

/** Runs `tsc -p project` and returns its diagnostics (an exit code of 2 only means "there were errors"). */
export const runTsc = (bin: string, project: string): Diagnostic[] => {
  let out: string;
  try {
    out = execFileSync(process.execPath, [bin, "-p", project, "--pretty", "false"], { cwd: root, encoding: "utf8", maxBuffer: 64 << 20 });
  } catch (e) {
    const err = e as { stdout?: string; status?: number };
    if (err.stdout === undefined || err.status === null) throw e;
    out = err.stdout;
  }
  return parseDiagnostics(out);
};

const head = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/;
export const parseDiagnostics = (out: string): Diagnostic[] => {
  const diags: { file: string; line: number; code: string; lines: string[] }[] = [];
  for (const l of out.split(/\r?\n/)) {
    const m = head.exec(l);
    if (m) diags.push({ file: relative(root, resolve(root, m[1]!)), line: Number(m[2]), code: m[4]!, lines: [m[5]!] });
    else if (l.trim() !== "" && diags.length > 0) diags[diags.length - 1]!.lines.push(l.trim());
    else if (l.trim() !== "") throw new Error(`unexpected compiler output: ${l}`);
  }
  return diags.map((d) => ({ file: d.file, line: d.line, code: d.code, text: d.lines.join("\n").replace(/\\"/g, '"') }));
};

/**
 * Writes `source` as `<dir>/cases.ts` with a project that compiles it to declarations only (so that
 * tests can read each inferred type from `<dir>/out/.tmp/<name>/cases.d.ts`), with messages untruncated.
 * `dir` is a folder two levels below the repo root, such as `.tmp/parity`.
 */
export const writeCaseProject = (dir: string, source: string): void => {
  write(join(root, dir, "cases.ts"), source);
  write(
    join(root, dir, "tsconfig.json"),
    JSON.stringify({
      extends: "../../tsconfig.json",
      compilerOptions: { noEmit: false, declaration: true, emitDeclarationOnly: true, noErrorTruncation: true, rootDir: "../..", outDir: "out" },
      include: ["cases.ts"],
      exclude: [],
    }),
  );
};

/** Writes a file, creating its folder. */
export const write = (path: string, text: string): void => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
};

/**
 * The type of each `export const` in an emitted declaration file, by name, white space folded: one
 * declaration a binding, a long type may span lines.
 */
export const readDeclared = (dtsPath: string): Map<string, string> =>
  new Map(
    readFileSync(dtsPath, "utf8")
      .split(/^export declare const /m)
      .slice(1)
      .map((d) => /^(\w+): ([\s\S]*);\s*$/.exec(d))
      .filter((m) => m !== null)
      .map((m) => [m[1]!, m[2]!.replace(/\s+/g, " ")]),
  );
