/**
 * `toTfjs`: every example, and the differential suite's generated models, built as real TensorFlow.js
 * 4.22 models: the same layer names, classes, output shapes, weight names and shapes, and parameter
 * counts as shapeflow's; and the layers TF.js has no layer for refused with a message naming the layer
 * and the alternative.
 */
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import * as tfl from "@tensorflow/tfjs-layers";
import fc from "fast-check";
import { afterEach, beforeAll, describe, expect, test } from "vitest";
import * as sf from "../src/index.js";
import { ShapeError } from "../src/index.js";
import {
  batchAxisMissing,
  dataCount,
  dataRank,
  dataSize,
  noTfjsLayer,
  noTfjsOption,
  notAModel,
  tfjsOtherShape,
  tfjsRejected,
  toTfjs,
  withTfjs,
} from "../src/tfjs/index.js";
import { badTrainingOption } from "../src/core/keras-config.js";
import { specArbitrary } from "./conformance/arbitraries.js";
import { buildShapeflow } from "./conformance/spec.js";
import * as batchAxis from "../examples/batch-axis.js";
import { branching } from "../examples/branching.js";
import { mobilenetV2 } from "../examples/mobilenet-v2.js";
import { resnet50 } from "../examples/resnet50.js";
import { m as seedFunctional } from "../examples/seed-functional.js";
import * as autoencoder from "../examples/autoencoder.js";
import * as seedSequential from "../examples/seed-sequential.js";
import { channelsFirst, channelsLast } from "../examples/small-cnn.js";
import { mobilenetV2Straight } from "../examples/straight/mobilenet-v2-straight.js";
import { resnet50Straight } from "../examples/straight/resnet50-straight.js";
import { vgg16 } from "../examples/vgg16.js";

beforeAll(async () => {
  await tf.setBackend("cpu");
});
afterEach(() => {
  tf.disposeVariables(); // VGG16's 138M weights cost only their making
});

type SfLayer = {
  readonly name: string;
  readonly className: string;
  readonly layers?: readonly SfLayer[];
  readonly output: { readonly shape: readonly (number | null)[] } | undefined;
  readonly nodes?: readonly unknown[];
  readonly weights: readonly { readonly name: string; readonly shape: readonly number[]; readonly trainable: boolean }[];
  countParams(): number;
};
type TfLayer = {
  readonly name: string;
  getClassName(): string;
  readonly layers?: readonly TfLayer[];
  readonly outputShape: unknown;
  readonly weights: readonly { readonly originalName: string; readonly shape: readonly number[]; readonly trainable: boolean }[];
  countParams(): number;
};

/** Every layer of a model, nested ones too, by name. */
const leaves = <l extends { readonly name: string; readonly layers?: readonly l[] }>(m: l, out = new Map<string, l>()): Map<string, l> => {
  for (const l of m.layers ?? []) {
    out.set(l.name, l);
    leaves(l, out);
  }
  return out;
};

/**
 * Where TF.js names a weight otherwise than Keras 3: DepthwiseConv2D's kernel is `depthwise_kernel`
 * there (Keras 3 calls it `kernel`, as shapeflow does). `depthwise` holds the names of those layers.
 */
const sfWeightName = (name: string, depthwise: ReadonlySet<string>): string =>
  name.endsWith("/depthwise_kernel") && depthwise.has(name.slice(0, -"/depthwise_kernel".length)) ? name.replace(/depthwise_kernel$/, "kernel") : name;

/** What differs between a shapeflow model and the TF.js model built from it: should be nothing. */
const differences = (m: SfLayer, t: TfLayer): string[] => {
  const out: string[] = [];
  if (t.name !== m.name) out.push(`model name ${t.name} vs ${m.name}`);
  if (t.countParams() !== m.countParams()) out.push(`countParams ${t.countParams()} vs ${m.countParams()}`);
  const tfs = leaves(t);
  const depthwise = new Set([...leaves(m)].filter(([, l]) => l.className === "DepthwiseConv2D").map(([n]) => n));
  for (const [name, l] of leaves(m)) {
    const x = tfs.get(name);
    if (x === undefined) {
      out.push(`${name}: missing in TF.js`);
      continue;
    }
    const tfClass = x.getClassName();
    const sfClass = ["Residual", "Parallel", "Repeat", "Functional"].includes(l.className) ? "Model" : l.className;
    if (tfClass !== sfClass && !(sfClass === "Model" && tfClass === "Functional")) out.push(`${name}: class ${tfClass} vs ${l.className}`);
    // A layer called several times has one output shape per call (TF.js's outputShape throws then).
    // TF.js may leave an axis unknown (None) where Keras 3 infers it (its Reshape of a -1): the same model.
    const known = (got: unknown, want: readonly (number | null)[]) =>
      Array.isArray(got) && got.length === want.length && got.every((d, i) => d === null || d === want[i]);
    if (l.output && (l.nodes?.length ?? 1) === 1 && !known(x.outputShape, l.output.shape))
      out.push(`${name}: outputShape ${JSON.stringify(x.outputShape)} vs ${JSON.stringify(l.output.shape)}`);
    if (x.countParams() !== l.countParams()) out.push(`${name}: params ${x.countParams()} vs ${l.countParams()}`);
    // A model lists its trainable weights first, in TF.js as in Keras; shapeflow's models list them layer by layer.
    const ws = (ws: readonly { name: string; shape: readonly number[]; trainable: boolean }[]) =>
      JSON.stringify(ws.map((w) => [w.name, w.shape, w.trainable]).sort((a, b) => (l.layers ? String(a[0]).localeCompare(String(b[0])) : 0)));
    const theirs = ws(x.weights.map((w) => ({ name: sfWeightName(w.originalName, depthwise), shape: w.shape, trainable: w.trainable })));
    const ours = ws(l.weights);
    if (theirs !== ours) out.push(`${name}: weights ${theirs} vs ${ours}`);
  }
  // TF.js's extra layers are the inputs and the joins the blocks make (residual's add, parallel's concatenate).
  for (const [name, x] of tfs)
    if (!leaves(m).has(name) && !["InputLayer", "Add", "Concatenate"].includes(x.getClassName())) out.push(`${name}: only in TF.js (${x.getClassName()})`);
  return out;
};

const examples: readonly [string, SfLayer][] = [
  ["seed-functional", seedFunctional],
  ["seed-sequential (add)", seedSequential.m],
  ["seed-sequential (input first)", seedSequential.m2],
  ["seed-sequential (inputDim)", seedSequential.m3],
  ["batch-axis (functional)", batchAxis.perPixelModel],
  ["batch-axis (batchInputShape)", batchAxis.a],
  ["batch-axis (inputShape + batchSize)", batchAxis.b],
  ["branching", branching],
  ["small-cnn (channelsLast)", channelsLast],
  ["small-cnn (channelsFirst)", channelsFirst],
  ["MobileNetV2 (blocks)", mobilenetV2],
  ["MobileNetV2 (straight)", mobilenetV2Straight],
  ["ResNet50 (blocks)", resnet50],
  ["ResNet50 (straight)", resnet50Straight],
  ["VGG16", vgg16],
  ["autoencoder (functional models as layers)", autoencoder.autoencoder],
  ["autoencoder (functional models in a Sequential)", autoencoder.stacked],
] as unknown as readonly [string, SfLayer][];

describe("toTfjs on every example", () => {
  test.each(examples)("%s: the same names, classes, output shapes, weights and parameter counts", async (_, m) => {
    const t = (await toTfjs(m, { tf: tfl })) as unknown as TfLayer;
    expect(differences(m, t)).toEqual([]);
    expect(t.countParams()).toBe(m.countParams());
  }, 60_000);

  test("the configs TF.js reports are the layers' Keras configs (Keras 3's GlorotUniform kernels included)", async () => {
    const t = (await toTfjs(seedFunctional, { tf: tfl })) as unknown as tfl.LayersModel;
    const dense = t.getLayer((seedFunctional as unknown as SfLayer).layers![1]!.name).getConfig();
    expect(dense["kernelInitializer"]).toEqual({ className: "VarianceScaling", config: { scale: 1, mode: "fanAvg", distribution: "uniform", seed: null } });
    expect(dense["units"]).toBe(4);
    expect(t.inputs[0]!.shape).toEqual([null, 3]);
    expect(t.outputs[0]!.shape).toEqual([null, 1]);
  });

  test("a model whose input is an intermediate tensor starts there, as in Keras 3 (issue 14)", async () => {
    sf.clearSession();
    const a = sf.input({ shape: [3] });
    const h = sf.dense({ units: 4 })(a);
    const m = sf.model({ inputs: h, outputs: sf.dense({ units: 2 })(h) });
    const t = (await toTfjs(m, { tf: tfl })) as unknown as tfl.LayersModel;
    expect(t.countParams()).toBe(10);
    expect(t.inputs[0]!.shape).toEqual([null, 4]);
  });

  test("a model of several inputs nested in another takes the list", async () => {
    sf.clearSession();
    const a = sf.input({ shape: [3] });
    const b = sf.input({ shape: [4] });
    const inner = sf.model({ inputs: [a, b], outputs: sf.dense({ units: 2 })(sf.concatenate()([a, b])) });
    const x = sf.input({ shape: [3] });
    const y = sf.input({ shape: [4] });
    const outer = sf.model({ inputs: [x, y], outputs: sf.dense({ units: 1 })(inner([x, y])) });
    const t = (await toTfjs(outer, { tf: tfl })) as unknown as tfl.LayersModel;
    expect(t.countParams()).toBe(outer.countParams());
    expect((t.predict([tf.ones([2, 3]), tf.ones([2, 4])]) as tf.Tensor).shape).toEqual([2, 1]);
  });

  test("a model that shares a layer shares it in TF.js too", async () => {
    sf.clearSession();
    const a = sf.input({ shape: [3] });
    const b = sf.input({ shape: [3] });
    const shared = sf.dense({ units: 2 });
    const m = sf.model({ inputs: [a, b], outputs: sf.add()([shared(a), shared(b)]) });
    const t = (await toTfjs(m, { tf: tfl })) as unknown as tfl.LayersModel;
    expect(t.countParams()).toBe(8);
    expect(t.layers.map((l) => l.name)).toEqual(m.layers.map((l) => l.name));
    const y = t.predict([tf.ones([1, 3]), tf.ones([1, 3])]) as tf.Tensor;
    expect(y.shape).toEqual([1, 2]);
  });
});

describe("toTfjs refuses what TF.js cannot build, naming the layer and the alternative", () => {
  const refusal = async (m: unknown): Promise<string> => {
    try {
      await toTfjs(m, { tf: tfl });
    } catch (e) {
      expect(e).toBeInstanceOf(ShapeError);
      return (e as Error).message;
    }
    throw new Error("expected a ShapeError");
  };

  test("a layer class TF.js lacks", async () => {
    sf.clearSession();
    const m = sf.sequential({ layers: [sf.input({ shape: [10, 3] }), sf.zeroPadding1d({ padding: 2 }), sf.conv1dTranspose({ filters: 2, kernelSize: 3 })] });
    expect(await refusal(m)).toBe(
      noTfjsLayer(
        "zero_padding1d",
        "ZeroPadding1D",
        "reshape to (steps, 1, channels) and use zeroPadding2d with padding [[before, after], [0, 0]], then reshape back",
      ),
    );
    expect(await refusal(m)).toBe(
      'toTfjs: layer "zero_padding1d" is a ZeroPadding1D, which TensorFlow.js 4.22 has no layer for. Fix: reshape to (steps, 1, channels) and use zeroPadding2d with padding [[before, after], [0, 0]], then reshape back.',
    );
  });

  test.each([
    ["conv1dTranspose", { filters: 2, kernelSize: 3 }, [10, 3], "Conv1DTranspose"],
    ["separableConv1d", { filters: 2, kernelSize: 3 }, [10, 3], "SeparableConv1D"],
    ["depthwiseConv1d", { kernelSize: 3 }, [10, 3], "DepthwiseConv1D"],
    ["cropping1d", { cropping: 1 }, [10, 3], "Cropping1D"],
    ["upSampling1d", {}, [10, 3], "UpSampling1D"],
    ["zeroPadding3d", {}, [4, 4, 4, 3], "ZeroPadding3D"],
    ["cropping3d", {}, [4, 4, 4, 3], "Cropping3D"],
    ["upSampling3d", {}, [4, 4, 4, 3], "UpSampling3D"],
    ["globalMaxPooling3d", {}, [4, 4, 4, 3], "GlobalMaxPooling3D"],
    ["globalAveragePooling3d", {}, [4, 4, 4, 3], "GlobalAveragePooling3D"],
  ] as const)("%s", async (f, o, shape, className) => {
    sf.clearSession();
    const l = (sf as unknown as Record<string, (o: object) => SfLayer & ((x: unknown) => unknown)>)[f]!(o);
    const m = sf.sequential({ layers: [sf.input({ shape: [...shape] }), l] as never });
    expect(await refusal(m)).toMatch(new RegExp(`^toTfjs: layer "${l.name}" is a ${className}, which TensorFlow.js 4.22 has no layer for\\. Fix: `));
  });

  test.each([
    [() => sf.conv2d({ filters: 4, kernelSize: 3, groups: 2 }), [8, 8, 4], "groups", "2"],
    [() => sf.conv2dTranspose({ filters: 4, kernelSize: 3, outputPadding: 1, strides: 2 }), [8, 8, 4], "outputPadding", "[1,1]"],
    [() => sf.conv2dTranspose({ filters: 4, kernelSize: 3, dilationRate: 2 }), [8, 8, 4], "dilationRate", "[2,2]"],
    [() => sf.maxPooling1d({ dataFormat: "channelsFirst" }), [4, 10], "dataFormat", '"channels_first"'],
    [() => sf.globalAveragePooling2d({ keepdims: true }), [8, 8, 4], "keepdims", "true"],
    [() => sf.layerNormalization({ rmsScaling: true }), [8], "rmsScaling", "true"],
    [() => sf.upSampling2d({ interpolation: "bicubic" }), [8, 8, 4], "interpolation", '"bicubic"'],
  ] as const)("an option TF.js lacks: %#", async (make, shape, option, got) => {
    sf.clearSession();
    const l = (make as () => SfLayer)();
    const m = sf.sequential({ layers: [sf.input({ shape: [...shape] }), l] as never });
    const message = await refusal(m);
    expect(message).toMatch(new RegExp(`^toTfjs: layer "${l.name}" \\(${l.className}\\) has ${option} ${got.replace(/[[\]]/g, "\\$&")}, which TensorFlow.js 4.22 does not support \\(it would build a different model\\)\\. Fix: `));
    expect(message).toBe(noTfjsOption(l.name, l.className, option, got, message.slice(message.indexOf("Fix: ") + 5, -1)));
  });

  test("a layer TF.js cannot build where Keras 3 can: TF.js's reason, in shapeflow's words", async () => {
    sf.clearSession();
    const m = sf.sequential({ layers: [sf.input({ shape: [null, 3] }), sf.flatten()] });
    const message = await refusal(m);
    expect(message).toMatch(/^toTfjs: TensorFlow\.js 4\.22 cannot build layer "flatten" \(Flatten\) on input \(None, None, 3\), which Keras 3 and shapeflow accept\. TF\.js says: The shape of the input to "Flatten" is not fully defined/);
    const why = message.slice(message.indexOf("TF.js says: ") + 12, message.indexOf(" Fix: "));
    expect(message).toBe(tfjsRejected("flatten", "Flatten", "(None, None, 3)", why));
  });

  test("a layer TF.js would give another shape: refused, not built", async () => {
    sf.clearSession();
    const x = sf.input({ shape: [null, 8, 3] });
    const m = sf.model({ inputs: x, outputs: sf.cropping2d({ cropping: 1 })(x) });
    expect(await refusal(m)).toBe(
      'toTfjs: TensorFlow.js 4.22 gives layer "cropping2d" (Cropping2D) the output shape (None, -2, 6, 3), where Keras 3 and shapeflow give (None, None, 6, 3), so it would build a different model. Fix: change this layer\'s options (TF.js computes some of them otherwise: causal padding, dilated depthwise kernels, unknown sizes), or build it in TF.js yourself.',
    );
    expect(await refusal(m)).toBe(tfjsOtherShape("cropping2d", "Cropping2D", "(None, -2, 6, 3)", "(None, None, 6, 3)"));
  });

  test("something that is not a model", async () => {
    expect(await refusal(sf.dense({ units: 1, name: "d" }))).toBe(notAModel('the layer "d"'));
    expect(await refusal(42)).toBe(
      "toTfjs: expected a shapeflow model (sequential() or model()), but got number. Fix: build the model first, e.g. toTfjs(sequential({ layers: [...] })).",
    );
  });
});

describe("training-only options reach TF.js unchanged", () => {
  test("a name or a TF.js object: the TF.js layer trains with it", async () => {
    sf.clearSession();
    const init = tfl.initializers.constant({ value: 2 });
    const d = sf.dense({ units: 2, inputShape: [3], kernelInitializer: init, biasInitializer: "ones", kernelRegularizer: "l1l2", dtype: "float32" });
    const c = sf.conv2d({ filters: 1, kernelSize: 1, kernelInitializer: "ones", biasInitializer: "zeros", biasConstraint: "nonNeg" });
    const m = sf.sequential({ layers: [d] });
    const t = (await toTfjs(m, { tf: tfl })) as unknown as tfl.LayersModel;
    const y = t.predict(tf.ones([1, 3])) as tf.Tensor;
    expect(Array.from(y.dataSync())).toEqual([7, 7]); // 3 inputs x 2 + bias 1
    const layer = t.getLayer(d.name) as unknown as { kernelInitializer: unknown; getConfig(): Record<string, unknown> };
    expect(layer.kernelInitializer).toBe(init);
    expect(layer.getConfig()["kernelRegularizer"]).toEqual({ className: "L1L2", config: { l1: 0.01, l2: 0.01 } });
    const x = sf.input({ shape: [2, 2, 3] });
    const tc = (await toTfjs(sf.model({ inputs: x, outputs: c(x) }), { tf: tfl })) as unknown as tfl.LayersModel;
    expect(Array.from((tc.predict(tf.ones([1, 2, 2, 3])) as tf.Tensor).dataSync())).toEqual([3, 3, 3, 3]);
    expect(tc.getLayer(c.name).getConfig()["biasConstraint"]).toEqual({ className: "NonNeg", config: {} });
  });

  test("kerasConfig() writes them as Keras does: names in snake_case, objects as { class_name, config }", () => {
    const c = sf.dense({ units: 1, kernelInitializer: "heNormal", kernelRegularizer: tfl.regularizers.l2({ l2: 0.1 }), dtype: "int32" }).kerasConfig().config;
    expect(c["kernel_initializer"]).toBe("he_normal");
    expect(c["kernel_regularizer"]).toEqual({ class_name: "L1L2", config: { l1: 0, l2: 0.1 } });
    expect(c["dtype"]).toBe("int32");
    expect(c["bias_initializer"]).toEqual({ class_name: "Zeros", config: {} });
  });

  test("a wrong value from plain JavaScript is a ShapeError", () => {
    const loose = sf.dense as unknown as (o: object) => unknown;
    expect(() => loose({ units: 1, kernelInitializer: 3 })).toThrow(badTrainingOption("Dense", "kernelInitializer", "3"));
    expect(() => loose({ units: 1, kernelInitializer: 3 })).toThrow(
      'Dense: kernelInitializer must be a TF.js name (a string such as "heNormal") or a TF.js object (such as tf.initializers.heNormal({})), but got 3. Fix: pass a name or the object TF.js makes.',
    );
    expect(() => loose({ units: 1, dtype: "float64" })).toThrow(
      'Dense: dtype must be one of "float32", "int32", "bool", "string", but got "float64". Fix: use one of "float32", "int32", "bool", "string", or leave it out.',
    );
  });
});

describe("withTfjs: fit, predict and evaluate check the data first", () => {
  const seedNet = async () => {
    sf.clearSession();
    const m = sf.sequential({ layers: [sf.dense({ units: 4, inputShape: [3], activation: "relu" }), sf.dense({ units: 4 }), sf.dense({ units: 1 })] });
    return withTfjs(m, { tf: tfl });
  };

  test("the 3 -> 4 -> 4 -> 1 network learns a linear target: the loss falls", async () => {
    const net = await seedNet();
    net.compile({ optimizer: tf.train.adam(0.05), loss: "meanSquaredError" });
    const xs = tf.randomUniform([64, 3], -1, 1, "float32", 1);
    const ys = tf.matMul(xs, tf.tensor2d([[1], [-2], [0.5]]));
    const before = (net.evaluate(xs, ys) as tf.Scalar).dataSync()[0]!;
    await net.fit(xs, ys, { epochs: 60, verbose: 0 });
    const after = (net.evaluate(xs, ys) as tf.Scalar).dataSync()[0]!;
    expect(after).toBeLessThan(before / 2);
    expect((net.predict(tf.ones([5, 3])) as tf.Tensor).shape).toEqual([5, 1]);
  });

  test("examples/tfjs-train.ts: the loss after training is far below the loss before", async () => {
    const { lossBefore, lossAfter } = await import("../examples/tfjs-train.js");
    expect(lossAfter).toBeLessThan(lossBefore / 10);
  }, 60_000);

  test("a wrong data shape is a ShapeError in shapeflow's words, before TF.js sees it", async () => {
    const net = await seedNet();
    const loose = net as unknown as { predict(x: unknown): unknown; fit(x: unknown, y: unknown): unknown; evaluate(x: unknown, y: unknown): unknown };
    expect(() => loose.predict(tf.tensor1d([1, 2, 3]))).toThrow(batchAxisMissing("predict", "input", "1", "(None, 3)", "2"));
    expect(() => loose.predict([1, 2, 3])).toThrow(
      "predict: the input data has rank 1, but the model's input is (None, 3), of rank 2: the batch axis is missing. Fix: wrap one sample as [[...]] or use tensor2d.",
    );
    expect(() => loose.predict(tf.ones([2, 4]))).toThrow(
      "predict: the input data has shape (2, 4), whose axis 1 is 4, but the model's input (None, 3) takes 3 there. Fix: give the data 3 on axis 1, or change the model's input shape.",
    );
    expect(() => loose.fit(tf.ones([2, 3]), tf.ones([2, 2]))).toThrow(dataSize("fit", "output", "(2, 2)", "1", "2", "1", "(None, 1)"));
    expect(() => loose.evaluate(tf.ones([2, 3, 1]), tf.ones([2, 1]))).toThrow(dataRank("evaluate", "input", "3", "(None, 3)", "2"));
  });

  test("a model of several inputs takes a list, one per input, each checked", async () => {
    sf.clearSession();
    const a = sf.input({ shape: [3] });
    const b = sf.input({ shape: [2] });
    const m = sf.model({ inputs: [a, b], outputs: sf.dense({ units: 1 })(sf.concatenate()([a, b])) });
    const net = await withTfjs(m, { tf: tfl });
    const loose = net as unknown as { predict(x: unknown): unknown };
    expect((loose.predict([tf.ones([4, 3]), tf.ones([4, 2])]) as tf.Tensor).shape).toEqual([4, 1]);
    expect(() => loose.predict(tf.ones([4, 3]))).toThrow(dataCount("predict", "input", "1", "2"));
    expect(() => loose.predict([tf.ones([4, 3]), tf.ones([4, 3])])).toThrow(
      "predict: the input 1 data has shape (4, 3), whose axis 1 is 3, but the model's input 1 (None, 2) takes 2 there.",
    );
  });
});

describe("save and load through TF.js's own format", () => {
  test.each([
    ["seed-sequential", () => seedSequential.m as unknown as SfLayer, [2, 3]],
    ["small-cnn (channelsFirst)", () => channelsFirst as unknown as SfLayer, [1, ...(channelsFirst.inputShape.slice(1) as number[])]],
  ] as const)("%s: a model saved with withSaveHandler and loaded with fromMemory predicts the same", async (_, m, shape) => {
    const t = (await toTfjs(m(), { tf: tfl })) as unknown as tfl.LayersModel;
    let saved: tf.io.ModelArtifacts | undefined;
    await t.save(tf.io.withSaveHandler(async (a) => ((saved = a), { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: "JSON" } })));
    const loaded = await tfl.loadLayersModel(tf.io.fromMemory(saved!));
    const x = tf.randomUniform([...shape], 0, 1, "float32", 3);
    expect(Array.from((loaded.predict(x) as tf.Tensor).dataSync())).toEqual(Array.from((t.predict(x) as tf.Tensor).dataSync()));
    expect(loaded.countParams()).toBe(m().countParams());
  });
});

describe("toTfjs on the differential suite's generated models", () => {
  test("200 valid models: TF.js builds each (or toTfjs refuses it by name) with shapeflow's shapes, weights and counts", async () => {
    let built = 0;
    let refused = 0;
    const reasons = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(specArbitrary, async (spec) => {
        const o = buildShapeflow(spec);
        if (o.error !== undefined) return;
        const m = o.model as SfLayer;
        let t: TfLayer;
        try {
          t = (await toTfjs(m, { tf: tfl })) as unknown as TfLayer;
        } catch (e) {
          expect(e).toBeInstanceOf(ShapeError);
          expect((e as Error).message).toMatch(/^toTfjs: (layer "|TensorFlow\.js 4\.22 (cannot build|gives) layer ")/);
          refused++;
          reasons.set((e as Error).message.slice(0, 60), (reasons.get((e as Error).message.slice(0, 60)) ?? 0) + 1);
          return;
        }
        built++;
        expect(differences(m, t), JSON.stringify(spec)).toEqual([]);
        tf.disposeVariables();
      }),
      { seed: 5, numRuns: 260 },
    );
    expect(built).toBeGreaterThan(100);
    console.log(`toTfjs: ${built} generated models built, ${refused} refused by name:`, reasons);
  }, 120_000);
});
