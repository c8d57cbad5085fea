// From a checked model to a trained one: the 3 -> 4 -> 4 -> 1 network of the quick start, built as a
// real TensorFlow.js model by shapeflow/tfjs, learns y = x0 - 2 x1 + 0.5 x2 from generated data.
// TensorFlow.js is not a dependency of shapeflow: bring your own (@tensorflow/tfjs, or tfjs-node).
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import * as tfl from "@tensorflow/tfjs-layers";
import { dense, sequential } from "shapeflow";
import { withTfjs } from "shapeflow/tfjs";

const m = sequential({
  layers: [dense({ units: 4, inputShape: [3], activation: "relu" }), dense({ units: 4, activation: "relu" }), dense({ units: 1 })],
}); // Sequential<[null, 3], [null, 1], Params<41>>

await tf.setBackend("cpu");
const net = await withTfjs(m, { tf: tfl }); // a tf.LayersModel of the same layers, 41 params
net.compile({ optimizer: tf.train.adam(0.05), loss: "meanSquaredError" });

const xs = tf.randomUniform([200, 3], -1, 1, "float32", 7); // 200 samples of 3 features
const ys = tf.matMul(xs, tf.tensor2d([[1], [-2], [0.5]])); // (200, 1)
const loss = () => (net.evaluate(xs, ys) as tf.Scalar).dataSync()[0]!;

console.log(`TF.js model: ${net.tfModel.countParams()} params (shapeflow: ${m.countParams()})`);
export const lossBefore = loss();
console.log(`loss before training: ${lossBefore.toFixed(4)}`);
await net.fit(xs, ys, { epochs: 100, batchSize: 32, verbose: 0 });
export const lossAfter = loss();
console.log(`loss after training:  ${lossAfter.toFixed(4)}`);
// net.predict([1, 2, 3]) does not compile: "the batch axis is missing: wrap one sample as [[...]] or use tensor2d".
console.log("predict [[1, 2, 3]]:", (net.predict(tf.tensor2d([[1, 2, 3]])) as tf.Tensor).dataSync()[0]!.toFixed(2), "(target -1.50)");
