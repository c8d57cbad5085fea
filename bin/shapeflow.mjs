#!/usr/bin/env node
// The shapeflow command. `shapeflow codegen model.json > model.ts` writes typed shapeflow code for a
// model's JSON (Keras 3, Keras 2 or a TF.js model.json). Arguments are read with node:util's parseArgs:
// the core has no runtime dependency, and one subcommand with two flags needs no CLI library.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";

const usage = `Usage: shapeflow codegen <model.json> [--from <module>] [--summary]

  Writes TypeScript for the model in <model.json> (Keras 3 model.to_json(), a .keras archive's
  config.json, or a TensorFlow.js model.json) to standard output: shapeflow code whose default
  export is the model, its shapes checked by the compiler.

  --from <module>  where the code imports shapeflow from (default "shapeflow")
  --summary        end the file with model.summary(), so that running it prints the summary
  -h, --help       this help
`;

const main = async () => {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { from: { type: "string" }, summary: { type: "boolean" }, help: { type: "boolean", short: "h" } },
    });
  } catch (e) {
    process.stderr.write(`shapeflow: ${e.message}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(usage);
    return 0;
  }
  const [command, file, ...rest] = positionals;
  if (command !== "codegen" || file === undefined || rest.length > 0) {
    process.stderr.write(command === undefined || command === "codegen" ? usage : `shapeflow: unknown command "${command}".\n\n${usage}`);
    return 2;
  }
  let text;
  try {
    text = file === "-" ? readFileSync(0, "utf8") : readFileSync(file, "utf8");
  } catch (e) {
    process.stderr.write(`shapeflow: cannot read ${file}: ${e.message}\n`);
    return 1;
  }
  const { codegen } = await import("../dist/esm/json/index.js");
  try {
    process.stdout.write(codegen(text, { source: basename(file), summary: values.summary === true, ...(values.from !== undefined && { from: values.from }) }));
    return 0;
  } catch (e) {
    if (e instanceof Error && e.name === "ShapeError") {
      process.stderr.write(`${e.message}\n`);
      return 1;
    }
    throw e;
  }
};

process.exitCode = await main();
