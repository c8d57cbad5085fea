// A model that already exists as a file. examples/json/tfjs-cnn.model.json was saved by TensorFlow.js
// (test/json-tfjs.test.ts makes it with model.save), and examples/json/tfjs-cnn.ts is what
//   npx shapeflow codegen examples/json/tfjs-cnn.model.json > examples/json/tfjs-cnn.ts
// writes for it (the same test checks that it still is). The generated model is typed; fromJSON reads
// the same file at run time, and toKerasJSON / toTfjsJSON write a model back out.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fromJSON, toKerasJSON, toTfjsJSON } from "shapeflow/json";
import cnn from "./json/tfjs-cnn.js";

const out = cnn.outputShape; //                  [null, 10]
const params: 1450 = cnn.countParams(); //       the compiler knows the count

const json = readFileSync(join(process.cwd(), "examples/json/tfjs-cnn.model.json"), "utf8");
const imported = fromJSON(json); //              checked by the runtime mirror, typed as any model

cnn.summary();
console.log("output", out, "params", params);
console.log("fromJSON gives the same summary:", imported.summary({ printFn: () => {} }) === cnn.summary({ printFn: () => {} }));
console.log("Keras 3 JSON:", JSON.stringify(toKerasJSON(cnn)).length, "characters; TF.js JSON:", JSON.stringify(toTfjsJSON(cnn)).length);
