// Whether dist/ is what a build of the current sources makes, so that a second `npm run build` in one CI
// run (the examples build, then `npm test` builds again) and bench's own build of the ESM output can be
// skipped. The stamp (.tmp/build-stamp.json, outside dist/ so that it is never packed) records a digest
// of everything the build reads (src/, the tsconfig files, the build scripts, the compilers' versions)
// and a digest of everything it wrote (dist/). dist/ counts as fresh only when both digests match now:
// a changed source, compiler or option, or a dist/ file edited, added or removed since, means a build.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const stampPath = join(root, ".tmp", "build-stamp.json");

/** Every file under `dir` (relative to the repo), sorted. @param {string} dir @returns {string[]} */
const filesUnder = (dir) =>
  existsSync(join(root, dir))
    ? /** @type {string[]} */ (readdirSync(join(root, dir), { recursive: true }))
        .map((f) => join(dir, String(f)))
        .filter((f) => statSync(join(root, f)).isFile())
        .sort()
    : [];

/** A digest of files: their paths and contents. @param {readonly string[]} files */
const digest = (files) => {
  const h = createHash("sha256");
  for (const f of files) {
    h.update(f);
    h.update("\0");
    h.update(readFileSync(join(root, f)));
    h.update("\0");
  }
  return h.digest("hex");
};

/** What the build reads. */
const inputs = () =>
  digest([
    ...filesUnder("src"),
    "tsconfig.json",
    "tsconfig.build.json",
    "tsconfig.build.cjs.json",
    "scripts/build.mjs",
    "scripts/build-stamp.mjs",
    "scripts/no-check.mjs",
    "node_modules/typescript/package.json",
    "node_modules/typescript-5.9/package.json",
  ]);

/** What the build wrote. */
const outputs = () => digest(filesUnder("dist"));

/** Whether dist/ is the build of the current sources (see above). */
export const distIsFresh = () => {
  if (!existsSync(stampPath) || !existsSync(join(root, "dist"))) return false;
  try {
    const stamp = JSON.parse(readFileSync(stampPath, "utf8"));
    return stamp.inputs === inputs() && stamp.outputs === outputs();
  } catch {
    return false;
  }
};

/** Records that dist/ was just built from the current sources. */
export const writeStamp = () => {
  mkdirSync(dirname(stampPath), { recursive: true });
  writeFileSync(stampPath, JSON.stringify({ inputs: inputs(), outputs: outputs() }) + "\n");
};
