// A checked model trained, saved in TensorFlow.js's own format, loaded back and asked again: the same
// answers to the last digit. tf.io.withSaveHandler / tf.io.fromMemory keep the model in memory, so this
// runs in Node without a file:// handler (with @tensorflow/tfjs-node, model.save("file://...") works too).
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import * as tfl from "@tensorflow/tfjs-layers";
import { dense, input, layerNormalization, model } from "shapeflow";
import { withTfjs } from "shapeflow/tfjs";

const x = input({ shape: [4], name: "features" });
const h = layerNormalization()(dense({ units: 8, activation: "relu" })(x));
export const m = model({ inputs: x, outputs: dense({ units: 1, name: "score" })(h) }); // Model<[null, 4], [null, 1]>

await tf.setBackend("cpu");
const net = await withTfjs(m, { tf: tfl });
net.compile({ optimizer: tf.train.adam(0.05), loss: "meanSquaredError" });
const xs = tf.randomUniform([64, 4], -1, 1, "float32", 5);
await net.fit(xs, tf.sum(xs, 1, true), { epochs: 150, verbose: 0 }); // learns y = the sum of the features

// Save: TF.js hands the topology (the layers' Keras configs) and the weights to our handler.
let saved: tf.io.ModelArtifacts | undefined;
await net.tfModel.save(tf.io.withSaveHandler(async (artifacts) => {
  saved = artifacts;
  return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: "JSON", weightDataBytes: artifacts.weightData ? tf.io.CompositeArrayBuffer.join(artifacts.weightData).byteLength : 0 } };
}));
const weights = (saved!.weightSpecs ?? []).map((w) => `${w.name} ${JSON.stringify(w.shape)}`);
console.log(`saved ${weights.length} weights:`, weights.join(", "));

// Load with TF.js's own loader, and predict again.
const loaded = await tfl.loadLayersModel(tf.io.fromMemory(saved!));
const probe = tf.tensor2d([[0.1, 0.2, 0.3, 0.4], [1, -1, 0.5, 0]]);
const before = Array.from(net.predict(probe).dataSync()); // net.predict: Predicted<[number, 1], Tensor>
const after = Array.from((loaded.predict(probe) as tf.Tensor).dataSync());
console.log("predictions before saving:", before.map((v) => v.toFixed(4)).join(", "), "(targets 1.0000, 0.5000)");
console.log("predictions after loading:", after.map((v) => v.toFixed(4)).join(", "));
export const identical = before.length === 2 && before.every((v, k) => v === after[k]);
console.log(`identical: ${identical}; parameters ${loaded.countParams()} (shapeflow: ${m.countParams()})`);
