// Builds the package: ESM with declarations (TypeScript 7) into dist/esm, and CommonJS with
// declarations into dist/cjs. The CommonJS build uses TypeScript 5.9 because TypeScript 7 no longer
// emits CommonJS with the classic resolution our `./x.js` imports need; dist/cjs/package.json marks
// that folder as CommonJS so Node and TypeScript read its .js and .d.ts files as such. Every .d.ts
// then starts with `// @ts-nocheck` (see scripts/no-check.mjs for why, and what checks them instead).
import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { distIsFresh, writeStamp } from "./build-stamp.mjs";
import { markDeclarations } from "./no-check.mjs";

const tsc = (pkg, project) =>
  execFileSync(process.execPath, [`node_modules/${pkg}/bin/tsc`, "-p", project], { stdio: "inherit" });

// A build of the same sources with the same compilers makes the same files: when dist/ is exactly that
// (scripts/build-stamp.mjs checks what the build reads and what it wrote), building again is skipped.
if (distIsFresh()) console.log("dist/ is already the build of these sources (scripts/build-stamp.mjs): not built again");
else {
  rmSync("dist", { recursive: true, force: true });
  tsc("typescript", "tsconfig.build.json");
  tsc("typescript-5.9", "tsconfig.build.cjs.json");
  writeFileSync("dist/cjs/package.json", JSON.stringify({ type: "commonjs" }) + "\n");
  markDeclarations("dist");
  writeStamp();
}
