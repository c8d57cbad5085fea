// Pictures of models, as Keras's plot_model draws them: SVG files in docs/images (which the README
// shows), a Mermaid flowchart for Markdown, and the textbook picture of the seed network's neurons.
import { mkdirSync, writeFileSync } from "node:fs";
import { dense, sequential, toMermaid } from "shapeflow";
import { plotModel, plotNeurons } from "shapeflow/plot";
import { branching } from "./branching.js";
import { resnet50 } from "./resnet50.js";

// The seed network: 3 inputs, two hidden layers of 4 neurons, 1 output.
const seed = sequential({
  name: "seed",
  layers: [dense({ units: 4, activation: "relu", inputShape: [3], name: "hidden_1" }), dense({ units: 4, activation: "relu", name: "hidden_2" }), dense({ units: 1, name: "output" })],
});

mkdirSync("docs/images", { recursive: true });
const shown = { showShapes: true, showLayerNames: true } as const;
const files = {
  "seed.svg": await plotModel(seed, { ...shown, showLayerActivations: true }),
  "seed-neurons.svg": await plotNeurons(seed), // 3 -> 4 -> 4 -> 1: 12 + 16 + 4 arrows, one a weight
  "branching.svg": await plotModel(branching, shown),
  "resnet50.svg": await plotModel(resnet50, shown), // its stages and blocks as boxes; expandNested: true opens them
};
for (const [name, svg] of Object.entries(files)) {
  writeFileSync(`docs/images/${name}`, svg);
  console.log(`docs/images/${name}: ${svg.length.toLocaleString("en-US")} characters`);
}
console.log(toMermaid(seed, { showShapes: true }));
