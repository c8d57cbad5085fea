import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Tests import the examples, which import "shapeflow" as users do: point that at the sources, so the
// suite tests src/ rather than whatever dist/ was last built.
export default defineConfig({
  test: { exclude: ["**/node_modules/**", ".tmp/**", "bench/.tmp/**", "dist/**"] },
  resolve: {
    alias: [
      { find: /^shapeflow\/tfjs$/, replacement: fileURLToPath(new URL("./src/tfjs/index.ts", import.meta.url)) },
      { find: /^shapeflow$/, replacement: fileURLToPath(new URL("./src/index.ts", import.meta.url)) },
    ],
  },
});
