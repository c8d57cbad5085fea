import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Tests import the examples, which import "shapeflow" as users do: point that at the sources, so the
// suite tests src/ rather than whatever dist/ was last built.
export default defineConfig({
  // Many tests drive a compiler or a language service: on a small, busy machine (2 cores) one can take
  // longer than vitest's 5 s default without anything being wrong. Speed is measured in bench/, not here.
  //
  // Vitest runs one file at a time on a 2-core machine by default (cores - 1 workers); most of these files
  // wait on a compiler in a child process or on one core of their own, so one worker per core roughly
  // halves the suite's wall time. Each file writes only under its own .tmp/<name>/ folder.
  test: {
    exclude: ["**/node_modules/**", ".tmp/**", "bench/.tmp/**", "dist/**"],
    testTimeout: 120_000,
    maxWorkers: Math.max(2, availableParallelism()),
  },
  resolve: {
    alias: [
      { find: /^shapeflow\/tfjs$/, replacement: fileURLToPath(new URL("./src/tfjs/index.ts", import.meta.url)) },
      { find: /^shapeflow$/, replacement: fileURLToPath(new URL("./src/index.ts", import.meta.url)) },
    ],
  },
});
