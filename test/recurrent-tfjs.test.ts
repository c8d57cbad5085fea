/**
 * The recurrent layers, Embedding, Masking and calls of several outputs built and run by TensorFlow.js
 * 4.22 (`@tensorflow/tfjs`, whose union package registers the chained ops RNNs use) with the same output
 * shapes and parameter counts as shapeflow's (Keras 3's); GRU with Keras 3's `resetAfter` refused by name.
 */
import * as tf from "@tensorflow/tfjs";
import { beforeAll, beforeEach, describe, expect, test } from "vitest";
import * as sf from "../src/index.js";
import type { SymbolicTensor } from "../src/index.js";
import { noTfjsOption, toTfjs } from "../src/tfjs/index.js";

beforeAll(async () => {
  await tf.setBackend("cpu");
});
beforeEach(() => sf.clearSession());

const one = (x: unknown): SymbolicTensor => x as SymbolicTensor;
const many = (x: unknown): SymbolicTensor[] => x as SymbolicTensor[];

describe("the same models in TensorFlow.js 4.22", () => {
  const tfShapes = (m: { outputs: { shape: unknown }[] }) => m.outputs.map((o) => o.shape);
  test.each([
    ["simpleRNN", () => sf.simpleRNN({ units: 4, returnSequences: true })],
    ["lstm", () => sf.lstm({ units: 4 })],
    ["lstm goBackwards", () => sf.lstm({ units: 3, goBackwards: true, returnSequences: true })],
    ["gru resetAfter false", () => sf.gru({ units: 6, resetAfter: false })],
  ] as const)("%s: same output shape and parameter count", async (_, make) => {
    const x = sf.input({ shape: [5, 3] });
    const m = sf.model({ inputs: x, outputs: one(make()(x)) });
    const t = (await toTfjs(m, { tf })) as unknown as tf.LayersModel;
    expect(tfShapes(t as never)).toEqual([m.outputShape]);
    expect(t.countParams()).toBe(m.countParams());
    const y = t.predict(tf.ones([2, 5, 3])) as tf.Tensor;
    expect(y.shape).toEqual((m.outputShape as (number | null)[]).map((d) => d ?? 2));
  });

  test("returnState: the multi-output node is built once, its outputs picked in Keras's order", async () => {
    const x = sf.input({ shape: [null, 3] });
    const [out, h, c] = many(sf.lstm({ units: 4, returnState: true, returnSequences: true })(x));
    const m = sf.model({ inputs: x, outputs: [one(out), one(h), one(c)] });
    const t = (await toTfjs(m, { tf })) as unknown as tf.LayersModel;
    expect(t.outputs.map((o) => o.shape)).toEqual([[null, null, 4], [null, 4], [null, 4]]);
    expect(t.layers.length).toBe(2);
    expect(t.countParams()).toBe(m.countParams());
    expect(t.countParams()).toBe(128);
  });

  test("a text model: Embedding, Masking, LSTM, GRU, Dense on int64 ids (TF.js's int32)", async () => {
    const ids = sf.input({ shape: [null], dtype: "int64" });
    const e = sf.embedding({ inputDim: 200, outputDim: 8, maskZero: true })(ids);
    const h = sf.lstm({ units: 6, returnSequences: true })(sf.masking()(e));
    const y = sf.dense({ units: 1, activation: "sigmoid" })(sf.gru({ units: 5, resetAfter: false })(h));
    const m = sf.model({ inputs: ids, outputs: y });
    const t = (await toTfjs(m, { tf })) as unknown as tf.LayersModel;
    expect(t.inputs[0]!.dtype).toBe("int32");
    expect(t.countParams()).toBe(m.countParams());
    expect(m.countParams()).toBe(200 * 8 + 4 * 6 * (8 + 6 + 1) + 3 * 5 * (6 + 5 + 1) + 6);
    expect((t.predict(tf.tensor2d([[1, 2, 0]], undefined, "int32")) as tf.Tensor).shape).toEqual([1, 1]);
  });

  test("GRU with resetAfter (Keras 3's default) is refused by name: TF.js 4.22 has none", async () => {
    const x = sf.input({ shape: [5, 3] });
    const m = sf.model({ inputs: x, outputs: one(sf.gru({ units: 4, name: "g" })(x)) });
    await expect(toTfjs(m, { tf })).rejects.toThrow(
      noTfjsOption("g", "GRU", "resetAfter", "true", "set resetAfter: false (TF.js 4.22 has no GRU with reset_after, Keras 3's default; the bias is then [3 * units])"),
    );
  });
});

describe("Bidirectional in TensorFlow.js 4.22", () => {
  test.each([
    ["concat", () => sf.bidirectional({ layer: sf.lstm({ units: 4 }) })],
    ["sum, sequences", () => sf.bidirectional({ layer: sf.gru({ units: 3, resetAfter: false, returnSequences: true }), mergeMode: "sum" })],
    ["ave", () => sf.bidirectional({ layer: sf.simpleRNN({ units: 5 }), mergeMode: "ave" })],
  ] as const)("%s: same output shape and parameter count (twice the layer's)", async (_, make) => {
    const x = sf.input({ shape: [5, 3] });
    const m = sf.model({ inputs: x, outputs: one(make()(x)) });
    const t = (await toTfjs(m, { tf })) as unknown as tf.LayersModel;
    expect(t.outputs.map((o) => o.shape)).toEqual([m.outputShape]);
    expect(t.countParams()).toBe(m.countParams());
    expect((t.predict(tf.ones([2, 5, 3])) as tf.Tensor).shape).toEqual((m.outputShape as (number | null)[]).map((d) => d ?? 2));
  });

  test("mergeMode null and returnState: the outputs in Keras's order, built once", async () => {
    const x = sf.input({ shape: [5, 3] });
    const outs = many(sf.bidirectional({ layer: sf.lstm({ units: 4, returnState: true }), mergeMode: null })(x));
    expect(outs.map((o) => o.shape)).toEqual([[null, 4], [null, 4], [null, 4], [null, 4], [null, 4], [null, 4]]);
    const m = sf.model({ inputs: x, outputs: outs });
    const t = (await toTfjs(m, { tf })) as unknown as tf.LayersModel;
    expect(t.outputs.map((o) => o.shape)).toEqual(outs.map((o) => o.shape));
    expect(t.countParams()).toBe(256);
    expect(m.countParams()).toBe(256);
  });

  test("a backwardLayer (TF.js has none) is refused by name", async () => {
    const x = sf.input({ shape: [5, 3] });
    const b = sf.bidirectional({ layer: sf.lstm({ units: 4 }), backwardLayer: sf.lstm({ units: 4, goBackwards: true, name: "back" }), name: "bi" });
    const m = sf.model({ inputs: x, outputs: one(b(x)) });
    await expect(toTfjs(m, { tf })).rejects.toThrow('toTfjs: layer "bi" (Bidirectional) has backwardLayer "back", which TensorFlow.js 4.22 does not support');
  });
});

describe("TimeDistributed in TensorFlow.js 4.22", () => {
  test.each([
    ["dense", [5, 3], () => sf.timeDistributed({ layer: sf.dense({ units: 7 }) }), 28],
    ["conv2d", [5, 8, 8, 3], () => sf.timeDistributed({ layer: sf.conv2d({ filters: 2, kernelSize: 3 }) }), 56],
  ] as const)("%s: same output shape and parameter count (the layer's, once)", async (_, shape, make, params) => {
    const x = sf.input({ shape: [...shape] });
    // The two cases are a union the compiler calls with the parameters of both; each is one layer on its own input here.
    const m = sf.model({ inputs: x, outputs: one((make() as unknown as (x: unknown) => unknown)(x)) });
    const t = (await toTfjs(m, { tf })) as unknown as tf.LayersModel;
    expect(t.outputs.map((o) => o.shape)).toEqual([m.outputShape]);
    expect(m.countParams()).toBe(params);
    expect(t.countParams()).toBe(params);
  });
});

describe("the sequence examples in TensorFlow.js 4.22", () => {
  // The examples' own sizes make TF.js's orthogonal initializer slow: the same structures, small.
  test("seq2seq (initialState passed to TF.js as the decoder's initial state): same counts, shapes, and it runs", async () => {
    const enc = sf.input({ shape: [null, 7] });
    const [, h, c] = sf.lstm({ units: 8, returnState: true })(enc);
    const dec = sf.input({ shape: [null, 9] });
    const [seq] = sf.lstm({ units: 8, returnSequences: true, returnState: true })(dec, { initialState: [h, c] });
    const m = sf.model({ inputs: [enc, dec], outputs: sf.dense({ units: 9, activation: "softmax" })(seq) });
    const t = (await toTfjs(m, { tf })) as unknown as tf.LayersModel;
    expect(t.countParams()).toBe(m.countParams());
    expect(t.outputs.map((o) => o.shape)).toEqual([[null, null, 9]]);
    expect((t.predict([tf.ones([2, 4, 7]), tf.ones([2, 6, 9])]) as tf.Tensor).shape).toEqual([2, 6, 9]);
  });
  test("two stacked Bidirectional LSTMs on an Embedding, as the IMDB example: same count", async () => {
    const ids = sf.input({ shape: [null], dtype: "int32" });
    const x = sf.bidirectional({ layer: sf.lstm({ units: 4, returnSequences: true }) })(sf.embedding({ inputDim: 50, outputDim: 6 })(ids));
    const m = sf.model({ inputs: ids, outputs: sf.dense({ units: 1 })(sf.bidirectional({ layer: sf.lstm({ units: 4 }) })(x)) });
    const t = (await toTfjs(m, { tf })) as unknown as tf.LayersModel;
    expect(t.countParams()).toBe(m.countParams());
    expect(m.countParams()).toBe(50 * 6 + 2 * 4 * 4 * (6 + 4 + 1) + 2 * 4 * 4 * (8 + 4 + 1) + 9);
  });
  test("the GRU text model: Keras 3's resetAfter is refused by TF.js, by name", async () => {
    const { gruText } = await import("../examples/gru-text.js");
    await expect(toTfjs(gruText, { tf })).rejects.toThrow("has resetAfter true, which TensorFlow.js 4.22 does not support");
  });
});

describe("rnn({ cell }) in TensorFlow.js 4.22", () => {
  test.each([
    ["one SimpleRNN cell", () => sf.rnn({ cell: sf.simpleRNNCell({ units: 4 }), returnSequences: true })],
    ["one LSTM cell, returnState", () => sf.rnn({ cell: sf.lstmCell({ units: 4 }), returnState: true })],
    ["stacked LSTM and GRU (resetAfter false) cells", () => sf.rnn({ cell: [sf.lstmCell({ units: 4 }), sf.gruCell({ units: 6, resetAfter: false })] })],
  ] as const)("%s: same output shapes, parameter count and weights", async (_, make) => {
    const x = sf.input({ shape: [5, 3] });
    const out = make()(x) as unknown;
    const outs = Array.isArray(out) ? (out as SymbolicTensor[]) : [one(out)];
    const m = sf.model({ inputs: x, outputs: outs as never });
    const t = (await toTfjs(m, { tf })) as unknown as tf.LayersModel;
    expect(t.outputs.map((o) => o.shape)).toEqual(outs.map((o) => o.shape));
    expect(t.countParams()).toBe(m.countParams());
    const y = [t.predict(tf.ones([2, 5, 3]))].flat() as tf.Tensor[];
    expect(y.map((a) => a.shape)).toEqual(outs.map((o) => o.shape.map((d) => d ?? 2)));
  });

  test("refused by name: a GRU cell with resetAfter (Keras 3's default), returnState on stacked cells (TF.js reverses their order)", async () => {
    const x = sf.input({ shape: [5, 3] });
    const g = sf.rnn({ cell: sf.gruCell({ units: 4 }), name: "g" });
    await expect(toTfjs(sf.model({ inputs: x, outputs: one(g(x)) }), { tf })).rejects.toThrow(noTfjsOption("g", "RNN", "resetAfter", "true", "give the gruCell resetAfter: false (TF.js 4.22 has no GRU with reset_after, Keras 3's default; the bias is then [3 * units])"));
    const s = sf.rnn({ cell: [sf.lstmCell({ units: 4 }), sf.simpleRNNCell({ units: 2 })], returnState: true, name: "s" });
    const outs = many(s(x));
    await expect(toTfjs(sf.model({ inputs: x, outputs: outs as never }), { tf })).rejects.toThrow(/toTfjs: layer "s" \(RNN\) has returnState true/);
  });
});

describe("convLstm2d in TensorFlow.js 4.22; 1D and 3D refused by name", () => {
  test("the same shapes and count, run on ones", async () => {
    const x = sf.input({ shape: [5, 8, 8, 3] });
    const outs = many(sf.convLstm2d({ filters: 2, kernelSize: 3, strides: 2, padding: "same", returnState: true, returnSequences: true })(x));
    const m = sf.model({ inputs: x, outputs: outs as never });
    const t = (await toTfjs(m, { tf })) as unknown as tf.LayersModel;
    expect(t.outputs.map((o) => o.shape)).toEqual(outs.map((o) => o.shape));
    expect(t.countParams()).toBe(m.countParams());
    const y = [t.predict(tf.ones([1, 5, 8, 8, 3]))].flat() as tf.Tensor[];
    expect(y.map((a) => a.shape)).toEqual([[1, 5, 4, 4, 2], [1, 4, 4, 2], [1, 4, 4, 2]]);
  });
  test("ConvLSTM1D and ConvLSTM3D: TF.js 4.22 has no such layer", async () => {
    const x = sf.input({ shape: [5, 10, 2] });
    await expect(toTfjs(sf.model({ inputs: x, outputs: one(sf.convLstm1d({ filters: 2, kernelSize: 3, name: "c1" })(x)) }), { tf })).rejects.toThrow(
      'toTfjs: layer "c1" is a ConvLSTM1D, which TensorFlow.js 4.22 has no layer for.',
    );
  });
});

// docs/keras-differences.md, "Masks": what the generated suites do not compare, checked here once.
describe("masks in TensorFlow.js 4.22 (shapes are not affected; the values are)", () => {
  const steps = [[[1, 2], [3, 4], [0, 0]]];
  test("nothing about a mask is checked when a model is built or run: Masking then Flatten builds and runs in both (Keras 3 warns it drops the mask)", async () => {
    const x = sf.input({ shape: [3, 2] });
    const m = sf.model({ inputs: x, outputs: one(sf.flatten()(one(sf.masking()(x)))) });
    expect(m.outputShape).toEqual([null, 6]);
    const t = (await toTfjs(m, { tf })) as unknown as tf.LayersModel;
    expect((t.predict(tf.tensor3d(steps)) as tf.Tensor).shape).toEqual([1, 6]);
    expect((t.apply(tf.tensor3d(steps)) as tf.Tensor).shape).toEqual([1, 6]);
  });

  test("tfjs-masked-global-average: GlobalAveragePooling1D after Masking averages every step in TF.js; Keras 3's averages the unmasked ones ([2, 3] here)", async () => {
    const x = sf.input({ shape: [3, 2] });
    const m = sf.model({ inputs: x, outputs: one(sf.globalAveragePooling1d()(one(sf.masking()(x)))) });
    const t = (await toTfjs(m, { tf })) as unknown as tf.LayersModel;
    const [a, b] = ((t.predict(tf.tensor3d(steps)) as tf.Tensor).arraySync() as number[][])[0]!;
    expect([a, b]).toEqual([4 / 3, 2].map((v) => expect.closeTo(v, 5)));
  });

  test("an LSTM after Masking skips the masked step in TF.js as in Keras 3", () => {
    const x = tf.input({ shape: [null, 2] });
    const lstm = tf.layers.lstm({ units: 1, kernelInitializer: "ones", recurrentInitializer: "ones" });
    const masked = tf.model({ inputs: x, outputs: lstm.apply(tf.layers.masking().apply(x)) as tf.SymbolicTensor });
    const plain = tf.model({ inputs: x, outputs: lstm.apply(x) as tf.SymbolicTensor });
    const y = (m: tf.LayersModel, data: number[][][]) => (m.predict(tf.tensor3d(data)) as tf.Tensor).arraySync();
    expect(y(masked, steps)).toEqual(y(plain, [steps[0]!.slice(0, 2)]));
    expect(y(masked, steps)).not.toEqual(y(plain, steps));
  });
});
