// The pragma the built declarations start with: `// @ts-nocheck`. A project without `skipLibCheck`
// otherwise type-checks every shapeflow .d.ts in every build, which re-proves what our own build proved
// and cost about 70,000 instantiations and 1-4 s on TypeScript 5.9 (bench/RESULTS.md, "Targets (issue 17)").
// With it, every supported compiler (5.3, 5.9, 6.0, 7) skips checking these files, as skipLibCheck
// would, and a project pays only for the types it uses. What the pragma would hide (an error in our
// declarations on some compiler or resolution mode, after which a type could silently become `any`) is
// what scripts/consumer-test.mjs checks on every compiler with the pragma taken out again.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const noCheck = "// @ts-nocheck\n";

/** Every .d.ts file under `dir` (absolute paths). @param {string} dir @returns {string[]} */
export const declarationFiles = (dir) =>
  /** @type {string[]} */ (readdirSync(dir, { recursive: true }))
    .filter((f) => f.endsWith(".d.ts"))
    .map((f) => join(dir, f));

/** Puts the pragma first in every .d.ts under `dir` (once). @param {string} dir */
export const markDeclarations = (dir) => {
  for (const f of declarationFiles(dir)) {
    const text = readFileSync(f, "utf8");
    if (!text.startsWith(noCheck)) writeFileSync(f, noCheck + text);
  }
};

/** Takes the pragma out of every .d.ts under `dir`, so that a compiler checks them. @param {string} dir */
export const unmarkDeclarations = (dir) => {
  for (const f of declarationFiles(dir)) {
    const text = readFileSync(f, "utf8");
    if (text.startsWith(noCheck)) writeFileSync(f, text.slice(noCheck.length));
  }
};
