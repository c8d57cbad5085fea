/**
 * `toTfjs`: every example, and the differential suite's generated models, built as real TensorFlow.js
 * 4.22 models: the same layer names, classes, output shapes, weight names and shapes, and parameter
 * counts as shapeflow's; and the layers TF.js has no layer for refused with a message naming the layer
 * and the alternative.
 */
// The union package registers the chained ops that recurrent layers' initializers call (tfjs#7721), so
// an LSTM builds the same whether this file runs alone or after others.
import "@tensorflow/tfjs";
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
  dataMissingName,
  dataRank,
  dataSize,
  articleOf,
  noTensorFunction,
  noTfjsActivation,
  noTfjsLayer,
  noTfjsOption,
  notAModel,
  raggedData,
  tfjsBrokenLayer,
  tfjsOtherHardSigmoid,
  predictedOther,
  tfjsOtherShape,
  tfjsRejected,
  toTfjs,
  withTfjs,
} from "../src/tfjs/index.js";
import { badTrainingOption } from "../src/core/keras-config.js";
import { specArbitrary } from "./conformance/arbitraries.js";
import { targets } from "./conformance/probes.js";
import { readFileSync, writeFileSync } from "node:fs";
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
const leaves = <l extends { readonly name: string; readonly className?: string; readonly layers?: readonly l[] }>(m: l, out = new Map<string, l>()): Map<string, l> => {
  for (const l of m.layers ?? []) {
    out.set(l.name, l);
    // TF.js lists the layers a wrapper holds as no layers of the model (shapeflow's summary expands them).
    if (l.className !== "TimeDistributed" && l.className !== "Bidirectional") leaves(l, out);
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
    // A layer of several outputs (Bidirectional's mergeMode null, returnState): TF.js lists each shape, shapeflow's `output` is the first.
    const first = (s: unknown) => (Array.isArray(s) && Array.isArray(s[0]) ? s[0] : s);
    if (l.output && (l.nodes?.length ?? 1) === 1 && !known(first(x.outputShape), l.output.shape))
      out.push(`${name}: outputShape ${JSON.stringify(x.outputShape)} vs ${JSON.stringify(l.output.shape)}`);
    if (x.countParams() !== l.countParams()) out.push(`${name}: params ${x.countParams()} vs ${l.countParams()}`);
    // A model lists its trainable weights first, in TF.js as in Keras; shapeflow's models list them layer by layer.
    const ws = (ws: readonly { name: string; shape: readonly number[]; trainable: boolean }[]) =>
      JSON.stringify(ws.map((w) => [w.name, w.shape, w.trainable]).sort((a, b) => (l.layers ? String(a[0]).localeCompare(String(b[0])) : 0)));
    // TF.js names a TimeDistributed's weights after the wrapper (time_distributed/kernel), shapeflow after
    // the layer it wraps (dense/kernel): compared by shape there (docs/keras-differences.md).
    // TF.js names stacked cells' weights rnn/RNNCell_0/kernel, shapeflow after the cell as Keras 3 does
    // (rnn/lstm_cell/kernel): compared by the cell's place (docs/keras-differences.md, rnn-stacked-cell-names).
    const cells = (l as unknown as { cells?: readonly { name: string }[] }).cells ?? [];
    const rename = (n: string) =>
      l.className === "TimeDistributed" ? n.replace(/^[^/]*\//, `${name}/`)
      : l.className === "RNN" ? cells.reduce((m, c, i) => m.replace(`/${c.name}/`, `/RNNCell_${i}/`), n)
      : n;
    const theirs = ws(x.weights.map((w) => ({ name: rename(sfWeightName(w.originalName, depthwise)), shape: w.shape, trainable: w.trainable })));
    const ours = ws(l.weights.map((w) => ({ ...w, name: rename(w.name) })));
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

  test("Keras 3 defaults TF.js does not share are written out: every kernel starts GlorotUniform, not TF.js's GlorotNormal", async () => {
    sf.clearSession();
    const x = sf.input({ shape: [8, 8, 3] });
    const layers = [
      sf.conv2d({ filters: 2, kernelSize: 3 }), sf.conv2dTranspose({ filters: 2, kernelSize: 3 }), sf.depthwiseConv2d({ kernelSize: 3 }),
      sf.separableConv2d({ filters: 2, kernelSize: 3 }), sf.batchNormalization(), sf.layerNormalization(), sf.flatten(), sf.dense({ units: 2 }),
    ];
    const out = layers.reduce<unknown>((h, l) => (l as unknown as (x: unknown) => unknown)(h), x);
    const t = (await toTfjs(sf.model({ inputs: x, outputs: out as never }), { tf: tfl })) as unknown as tfl.LayersModel;
    const glorotUniform = { className: "VarianceScaling", config: { scale: 1, mode: "fanAvg", distribution: "uniform", seed: null } };
    const keys: Record<string, readonly string[]> = {
      Conv2D: ["kernelInitializer"], Conv2DTranspose: ["kernelInitializer"], DepthwiseConv2D: ["depthwiseInitializer"],
      SeparableConv2D: ["depthwiseInitializer", "pointwiseInitializer"], Dense: ["kernelInitializer"],
    };
    for (const l of layers) {
      const config = t.getLayer(l.name).getConfig();
      for (const k of keys[l.className] ?? []) expect(config[k], `${l.name}.${k}`).toEqual(glorotUniform);
      if (l.className.endsWith("Normalization")) {
        expect([config["betaInitializer"], config["gammaInitializer"]]).toEqual([{ className: "Zeros", config: {} }, { className: "Ones", config: {} }]);
        expect(config["epsilon"]).toBe(0.001);
      }
      if (l.className === "BatchNormalization") expect(config["momentum"]).toBe(0.99);
    }
    // TF.js's own defaults, for contrast: GlorotNormal where Keras 3 says GlorotUniform.
    const own = tfl.layers.depthwiseConv2d({ kernelSize: 3 }).getConfig()["depthwiseInitializer"] as { config: { distribution: string } };
    expect(own.config.distribution).toBe("normal");
  });

  test("softmax() reaches TF.js with Keras 3's default axis -1, not TF.js's own default 1 (found by the generated layers' configs)", async () => {
    sf.clearSession();
    const x = sf.input({ shape: [3, 4] });
    const l = sf.softmax();
    const t = (await toTfjs(sf.model({ inputs: x, outputs: l(x) }), { tf: tfl })) as unknown as tfl.LayersModel;
    expect(t.getLayer(l.name).getConfig()["axis"]).toBe(-1);
    // TF.js's own default, for contrast: the softmax would run over axis 1 (the 3 steps), not the 4 features.
    expect(tfl.layers.softmax().getConfig()["axis"]).toBe(1);
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

  test("the attention layers (TF.js 4.22 exports none): the transformer example is refused at its MultiHeadAttention", async () => {
    sf.clearSession();
    const { transformerEncoder } = await import("../examples/transformer-encoder.js");
    expect(await refusal(transformerEncoder)).toBe(
      'toTfjs: layer "multi_head_attention" is a MultiHeadAttention, which TensorFlow.js 4.22 has no layer for. Fix: train this model with Keras (toKerasJSON exports it); TF.js 4.22 exports no multi-head attention layer.',
    );
    const q = sf.input({ shape: [5, 8] });
    for (const [layer, cls] of [[sf.attention(), "Attention"], [sf.additiveAttention(), "AdditiveAttention"]] as const)
      expect(await refusal(sf.model({ inputs: q, outputs: layer([q, q]) }))).toContain(`is an ${cls}, which TensorFlow.js 4.22 has no layer for. Fix: train this model with Keras (toKerasJSON exports it)`);
    expect(Object.keys(tfl.layers).filter((k) => /attention/i.test(k))).toEqual([]);
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
    expect(await refusal(m)).toMatch(new RegExp(`^toTfjs: layer "${l.name}" is ${articleOf(className)} ${className}, which TensorFlow.js 4.22 has no layer for\\. Fix: `));
  });

  test.each([
    [() => sf.conv2d({ filters: 4, kernelSize: 3, groups: 2 }), [8, 8, 4], "groups", "2"],
    [() => sf.conv2dTranspose({ filters: 4, kernelSize: 3, outputPadding: 1, strides: 2 }), [8, 8, 4], "outputPadding", "[1,1]"],
    [() => sf.conv2dTranspose({ filters: 4, kernelSize: 3, dilationRate: 2 }), [8, 8, 4], "dilationRate", "[2,2]"],
    [() => sf.maxPooling1d({ dataFormat: "channelsFirst" }), [4, 10], "dataFormat", '"channelsFirst"'],
    [() => sf.globalAveragePooling2d({ keepdims: true }), [8, 8, 4], "keepdims", "true"],
    [() => sf.layerNormalization({ rmsScaling: true }), [8], "rmsScaling", "true"],
    [() => sf.upSampling2d({ interpolation: "bicubic" }), [8, 8, 4], "interpolation", '"bicubic"'],
    // Keras 3.15 runs it; TF.js 4.22 builds it and then throws "Either strides or dilations must be 1" in predict.
    [() => sf.separableConv2d({ filters: 4, kernelSize: 3, strides: 2, dilationRate: 2 }), [9, 9, 3], "dilationRate", "[2,2]"],
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

  test("a layer TF.js builds otherwise whatever its options, and options whose cause is known: the cause named, with a fix that helps", async () => {
    sf.clearSession();
    const x = sf.input({ shape: [4, 3, 2] });
    expect(await refusal(sf.model({ inputs: x, outputs: sf.resizing({ height: 8, width: 6, name: "r" })(x) }))).toBe(
      tfjsBrokenLayer("r", "Resizing", "its Resizing drops the batch axis (it gives (height, width, channels) for a batch of images, keras-differences.md: tfjs-resizing-drops-batch)", "resize the images before the model (tf.image.resizeBilinear), and give the model their new size"),
    );
    const s = sf.input({ shape: [10, 3] });
    expect(await refusal(sf.model({ inputs: s, outputs: sf.conv1d({ filters: 2, kernelSize: 3, padding: "causal", name: "c" })(s) }))).toMatch(
      /^toTfjs: layer "c" \(Conv1D\) has padding "causal", which TensorFlow\.js 4\.22 does not support \(it would build a different model\)\. Fix: TF\.js 4\.22 computes padding "causal" as "valid" .*zeroPadding2d\(\{ padding: \[\[dilationRate \* \(kernelSize - 1\), 0\], \[0, 0\]\] \}\)/,
    );
    const i = sf.input({ shape: [8, 8, 3] });
    expect(await refusal(sf.model({ inputs: i, outputs: sf.depthwiseConv2d({ kernelSize: 3, dilationRate: 2, name: "dw" })(i) }))).toMatch(
      /^toTfjs: layer "dw" \(DepthwiseConv2D\) has dilationRate \[2,2\], which TensorFlow\.js 4\.22 does not support \(it would build a different model\)\. Fix: TF\.js 4\.22 ignores dilationRate in DepthwiseConv2D/,
    );
    // The article follows the class name.
    expect(noTfjsLayer("a", "Identity", "x")).toBe('toTfjs: layer "a" is an Identity, which TensorFlow.js 4.22 has no layer for. Fix: x.');
    expect(noTfjsLayer("a", "Dense", "x", "toTfjsJSON")).toBe('toTfjsJSON: layer "a" is a Dense, which TensorFlow.js 4.22 has no layer for. Fix: x.');
  });

  test("activations: Keras 3's silu is TF.js's swish; hardSigmoid (TF.js computes Keras 2's 0.2x + 0.5) and activations TF.js lacks are refused by name with a fix", async () => {
    sf.clearSession();
    const x = sf.input({ shape: [3] });
    const silu = (await toTfjs(sf.model({ inputs: x, outputs: sf.dense({ units: 3, activation: "silu", name: "s", kernelInitializer: "identity", biasInitializer: "zeros" })(x) }), { tf: tfl })) as unknown as tfl.LayersModel;
    const xs = [-2, 0, 1];
    expect(Array.from((silu.predict(tf.tensor2d([xs])) as tf.Tensor).dataSync()).map((v) => +v.toFixed(5))).toEqual(xs.map((v) => +(v / (1 + Math.exp(-v))).toFixed(5)));
    const on = (o: object) => sf.model({ inputs: x, outputs: sf.dense({ units: 2, name: "d", ...o } as never)(x) as never });
    expect(await refusal(on({ activation: "hardSigmoid" }))).toBe(
      tfjsOtherHardSigmoid("d", "Dense", "activation", 'use activation "sigmoid", or "linear" followed by rescaling({ scale: 1 / 6, offset: 0.5 }) and reLU({ maxValue: 1 }), which compute Keras 3\'s clip(x / 6 + 0.5, 0, 1)'),
    );
    const seq = sf.input({ shape: [5, 3] });
    expect(await refusal(sf.model({ inputs: seq, outputs: sf.lstm({ units: 2, recurrentActivation: "hardSigmoid", name: "l" })(seq) }))).toBe(
      tfjsOtherHardSigmoid("l", "LSTM", "recurrentActivation", 'use recurrentActivation "sigmoid" (Keras 3\'s default)'),
    );
    expect(await refusal(sf.model({ inputs: seq, outputs: sf.rnn({ cell: sf.gruCell({ units: 2, resetAfter: false, activation: "celu" }), name: "r" })(seq) as never }))).toBe(
      noTfjsActivation("r", "GRUCell", "activation", "celu", 'use activation "elu": Keras 3\'s celu activation has alpha 1, where celu is elu'),
    );
    for (const a of ["leakyRelu", "hardSwish", "hardSilu", "celu", "exponential", "logSigmoid", "hardTanh", "squareplus", "sparsemax", "tanhShrink"]) {
      const message = await refusal(on({ activation: a }));
      expect(message).toMatch(new RegExp(`^toTfjs: layer "d" \\(Dense\\) has activation "${a}", which TensorFlow\\.js 4\\.22 has no activation for\\. Fix: `));
      expect(message).not.toMatch(/Python|registerClass/);
    }
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

  test("DepthwiseConv2D, SeparableConv2D, BatchNormalization, LayerNormalization: the TF.js layer holds the same objects", async () => {
    sf.clearSession();
    const two = tfl.initializers.constant({ value: 2 });
    const reg = tfl.regularizers.l2({ l2: 0.5 });
    const con = tfl.constraints.nonNeg();
    const dw = sf.depthwiseConv2d({ kernelSize: 1, depthwiseInitializer: two, biasInitializer: "ones", depthwiseRegularizer: reg, biasConstraint: con });
    const sep = sf.separableConv2d({ filters: 2, kernelSize: 1, depthwiseInitializer: two, pointwiseInitializer: two, pointwiseConstraint: con, pointwiseRegularizer: reg });
    const bn = sf.batchNormalization({ gammaInitializer: two, betaInitializer: "ones", movingVarianceInitializer: two, movingMeanInitializer: "zeros", gammaRegularizer: reg, betaConstraint: con });
    const ln = sf.layerNormalization({ gammaInitializer: two, betaInitializer: "zeros", betaRegularizer: reg });
    const x = sf.input({ shape: [2, 2, 3] });
    const m = sf.model({ inputs: x, outputs: ln(bn(sep(dw(x)))) });
    const t = (await toTfjs(m, { tf: tfl })) as unknown as tfl.LayersModel;
    const field = (l: { name: string }, k: string) => (t.getLayer(l.name) as unknown as Record<string, unknown>)[k];
    expect([field(dw, "depthwiseInitializer"), field(dw, "depthwiseRegularizer"), field(dw, "biasConstraint")]).toEqual([two, reg, con]);
    expect(field(dw, "depthwiseInitializer")).toBe(two);
    expect(field(sep, "pointwiseInitializer")).toBe(two);
    expect(field(sep, "pointwiseConstraint")).toBe(con);
    expect(field(bn, "gammaInitializer")).toBe(two);
    expect(field(bn, "betaConstraint")).toBe(con);
    expect(field(ln, "betaRegularizer")).toBe(reg);
    // The weights start as the initializers say: ones in, depthwise 2 + bias 1 = 3, then 3 * 2 = 6, pointwise 3 * 6 * 2 = 36.
    const sepOut = tfl.model({ inputs: t.inputs, outputs: t.getLayer(sep.name).output as tfl.SymbolicTensor });
    expect(Array.from((sepOut.predict(tf.ones([1, 2, 2, 3])) as tf.Tensor).dataSync())).toEqual(new Array(8).fill(36));
    expect(Array.from(t.getLayer(bn.name).getWeights()[0]!.dataSync())).toEqual([2, 2]); // gamma
    expect(Array.from(t.getLayer(ln.name).getWeights()[0]!.dataSync())).toEqual([2, 2]);
    expect(t.countParams()).toBe(m.countParams());
  });

  test("a training option TF.js would lose or lacks is refused, naming it", async () => {
    sf.clearSession();
    const x = sf.input({ shape: [4, 4, 3] });
    const dw = sf.depthwiseConv2d({ kernelSize: 1, depthwiseConstraint: "nonNeg" });
    await expect(toTfjs(sf.model({ inputs: x, outputs: dw(x) }), { tf: tfl })).rejects.toThrow(
      'toTfjs: layer "depthwise_conv2d" (DepthwiseConv2D) has depthwiseConstraint "nonNeg", which TensorFlow.js 4.22 does not support (it would build a different model). Fix: leave depthwiseConstraint out: TF.js 4.22\'s DepthwiseConv2D saves its depthwiseRegularizer in the constraint\'s place, so a saved model would lose it.',
    );
    const sep = sf.separableConv2d({ filters: 2, kernelSize: 1, pointwiseInitializer: "heNormal" });
    await expect(toTfjs(sf.model({ inputs: x, outputs: sep(x) }), { tf: tfl })).rejects.toThrow(
      'toTfjs: layer "separable_conv2d" (SeparableConv2D) has pointwiseInitializer "heNormal", which TensorFlow.js 4.22 does not support (it would build a different model). Fix: give pointwiseInitializer the value of depthwiseInitializer (TF.js 4.22 starts the pointwise kernel with the depthwise initializer).',
    );
    const ln = sf.layerNormalization({ gammaConstraint: "nonNeg" });
    await expect(toTfjs(sf.model({ inputs: x, outputs: ln(x) }), { tf: tfl })).rejects.toThrow(
      noTfjsOption("layer_normalization", "LayerNormalization", "gammaConstraint", '"nonNeg"', "leave gammaConstraint out (TF.js's LayerNormalization has no constraints)"),
    );
  });

  test("a wrong training option from plain JavaScript on these layers is a ShapeError", () => {
    const loose = sf as unknown as Record<string, (o: object) => unknown>;
    expect(() => loose["depthwiseConv2d"]!({ kernelSize: 1, depthwiseInitializer: 3 })).toThrow(badTrainingOption("DepthwiseConv2D", "depthwiseInitializer", "3"));
    expect(() => loose["separableConv1d"]!({ filters: 1, kernelSize: 1, pointwiseRegularizer: true })).toThrow(badTrainingOption("SeparableConv1D", "pointwiseRegularizer", "true"));
    expect(() => loose["batchNormalization"]!({ movingMeanInitializer: null })).toThrow(badTrainingOption("BatchNormalization", "movingMeanInitializer", "null"));
    expect(() => loose["layerNormalization"]!({ dtype: "float16" })).toThrow(
      'LayerNormalization: dtype must be one of "float32", "int32", "bool", "string", but got "float16". Fix: use one of "float32", "int32", "bool", "string", or leave it out.',
    );
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

  test("examples/tfjs-bars.ts: the convolutional classifier learns horizontal from vertical bars", async () => {
    const { accuracyBefore, accuracyAfter, m } = await import("../examples/tfjs-bars.js");
    expect(m.countParams()).toBe(114);
    expect(accuracyBefore).toBeLessThan(0.75);
    expect(accuracyAfter).toBeGreaterThan(0.85);
  }, 60_000);

  test("examples/tfjs-save-load.ts: the loaded model predicts exactly what the trained one did", async () => {
    const { identical } = await import("../examples/tfjs-save-load.js");
    expect(identical).toBe(true);
  }, 60_000);

  test("README's path from a checked model to a trained one: under 20 lines, and examples/tfjs-readme.ts runs them", async () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const section = readme.slice(readme.indexOf("## Training it with TensorFlow.js"));
    const block = section.slice(section.indexOf("```ts\n") + 6, section.indexOf("\n```", section.indexOf("```ts\n") + 6)).split("\n");
    const example = readFileSync(new URL("../examples/tfjs-readme.ts", import.meta.url), "utf8").split("\n");
    const ran = example.filter((l) => !l.startsWith("//") && !l.startsWith("export const") && l !== "");
    expect(block.length).toBeLessThan(20);
    expect(block.filter((l) => l !== "" && !l.includes("// compile error"))).toEqual(ran);
    expect(block.at(-1)).toMatch(/^net\.predict\(\[1, 2, 3\]\); +\/\/ compile error: the batch axis is missing$/);
    const { answer } = await import("../examples/tfjs-readme.js");
    expect(answer).toBeCloseTo(2, 1); // 0.5 + 1 + 0.5
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

  test("ragged nested arrays are a ShapeError naming the row and axis (TF.js would predict NaN or fail in a kernel); nested arrays without tf.tensor a sentence, not a TypeError", async () => {
    const net = await seedNet(); // tf: tfjs-layers, which has no tensor()
    const loose = net as unknown as { predict(x: unknown): unknown; fit(x: unknown, y: unknown): unknown };
    expect(() => loose.predict([[1, 2, 3], [1, 2]])).toThrow(raggedData("predict", "input", "[1]", "1", "2 entries", "3 entries"));
    expect(() => loose.predict([[1, 2, 3], [1, 2]])).toThrow(
      "predict: the input data is ragged: row [1] has 2 entries on axis 1, where the first row there has 3 entries. Fix: give every row of an axis the same length (pad the short ones), or pass a tensor.",
    );
    expect(() => loose.fit([[1, 2, 3], [4, 5, [6]]], [[1], [2]])).toThrow(raggedData("fit", "input", "[1][2]", "2", "1 entry", "a number"));
    expect(() => loose.predict([[1, 2, 3]])).toThrow(noTensorFunction("predict"));
    // With a tf that has tensor() (the union package), the arrays become tensors.
    const tfjs = await import("@tensorflow/tfjs");
    const m = sf.sequential({ layers: [sf.input({ shape: [3] }), sf.dense({ units: 1 })] });
    const withTensor = await withTfjs(m, { tf: tfjs as never });
    expect(((withTensor as unknown as { predict(x: unknown): { shape: number[] } }).predict([[1, 2, 3], [4, 5, 6]])).shape).toEqual([2, 1]);
    expect(() => (withTensor as unknown as { predict(x: unknown): unknown }).predict([[1, 2, 3], [4, 5]])).toThrow(raggedData("predict", "input", "[1]", "1", "2 entries", "3 entries"));
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

describe("withTfjs: several inputs and outputs, as lists or as records keyed by name", () => {
  const twoNet = async () => {
    sf.clearSession();
    const a = sf.input({ shape: [3], name: "a" });
    const b = sf.input({ shape: [2], name: "b" });
    const out = sf.dense({ units: 1, name: "out" })(sf.concatenate()([a, b]));
    const map = sf.dense({ units: 4, name: "map" })(b);
    return withTfjs(sf.model({ inputs: [a, b], outputs: [out, map] }), { tf: tfl });
  };

  test("a list gives a list, a record keyed by the input names a record keyed by the output names", async () => {
    const net = await twoNet();
    const [y, z] = net.predict([tf.ones([4, 3]), tf.ones([4, 2])]);
    expect([y.shape, z.shape]).toEqual([[4, 1], [4, 4]]);
    const r = net.predict({ b: tf.ones([2, 2]), a: tf.ones([2, 3]) });
    expect(Object.keys(r)).toEqual(["out", "map"]);
    expect([r["out"]!.shape, r["map"]!.shape]).toEqual([[2, 1], [2, 4]]);
    // The record's entries go to TF.js in the model's order, whatever the record's order.
    expect(Array.from(r["out"]!.dataSync())).toEqual(Array.from((net.predict([tf.ones([2, 3]), tf.ones([2, 2])])[0]).dataSync()));
  });

  test("fit and evaluate take records for the inputs and the outputs", async () => {
    const net = await twoNet();
    net.compile({ optimizer: "sgd", loss: "meanSquaredError" });
    const x = { a: tf.ones([8, 3]), b: tf.ones([8, 2]) };
    const y = { out: tf.zeros([8, 1]), map: tf.zeros([8, 4]) };
    const h = await net.fit(x, y, { epochs: 1, verbose: 0 });
    expect(h.history["loss"]).toHaveLength(1);
    // TF.js's evaluate gives the total loss first, then one per output: a list for a list or a record alike.
    const e = net.evaluate(x, [tf.zeros([8, 1]), tf.zeros([8, 4])]) as tf.Scalar[];
    const f = net.evaluate([x.a, x.b], y) as tf.Scalar[];
    expect(e.map((s) => s.dataSync()[0])).toEqual(f.map((s) => s.dataSync()[0]));
    expect(e[0]!.dataSync()[0]).toBeGreaterThan(0);
  });

  test("a record with a missing or an unknown name, or an entry of the wrong shape, is a ShapeError naming it", async () => {
    const net = await twoNet();
    const loose = net as unknown as { predict(x: unknown): unknown; fit(x: unknown, y: unknown): unknown };
    expect(() => loose.predict({ a: tf.ones([1, 3]) })).toThrow(dataMissingName("predict", "input", "b", '"a", "b"'));
    expect(() => loose.predict({ a: tf.ones([1, 3]) })).toThrow(
      'predict: the input data has no entry for the model\'s input "b" (its inputs are "a", "b"). Fix: key the data by the model\'s input names, one entry each, or pass a list in the model\'s order.',
    );
    expect(() => loose.predict({ a: tf.ones([1, 3]), b: tf.ones([1, 2]), c: tf.ones([1, 2]) })).toThrow(
      'predict: the input data has an entry "c", but the model has no input of that name (its inputs are "a", "b"). Fix: key the data by the model\'s input names, or pass a list in the model\'s order.',
    );
    expect(() => loose.fit({ a: tf.ones([1, 3]), b: tf.ones([1, 2]) }, { out: tf.ones([1, 1]), mapp: tf.ones([1, 4]) })).toThrow(
      dataMissingName("fit", "output", "map", '"out", "map"'),
    );
    expect(() => loose.predict({ a: tf.ones([1, 3]), b: tf.ones([1, 3]) })).toThrow(
      'predict: the input "b" data has shape (1, 3), whose axis 1 is 3, but the model\'s input "b" (None, 2) takes 2 there.',
    );
  });

  test("predict's result has the shape its type states: a TF.js output of another shape is refused", async () => {
    sf.clearSession();
    const x = sf.input({ shape: [3] });
    const m = sf.model({ inputs: x, outputs: sf.dense({ units: 2 })(x) });
    const t = (await toTfjs(m, { tf: tfl })) as unknown as tfl.LayersModel;
    const lying = { ...tfl, model: () => ({ predict: () => tf.ones([1, 5]) }) };
    const net = await withTfjs(m, { tf: lying as unknown as typeof tfl });
    expect(t.countParams()).toBe(8);
    // A tensor: tfjs-layers has no tf.tensor to make nested arrays one.
    expect(() => net.predict(tf.tensor2d([[1, 2, 3]]))).toThrow(predictedOther("(1, 5)", "(None, 2)"));
    expect(() => net.predict(tf.tensor2d([[1, 2, 3]]))).toThrow(
      "predict: TensorFlow.js gave an output of shape (1, 5), where the model's output is (None, 2). Fix: report this as a shapeflow bug; the model's types would state a wrong shape.",
    );
  });

  test("a single-input model's predict: the batch size of the data, the model's output shape", async () => {
    sf.clearSession();
    const x = sf.input({ shape: [null, 3] });
    const net = await withTfjs(sf.model({ inputs: x, outputs: sf.dense({ units: 2 })(x) }), { tf: tfl });
    expect(net.predict(tf.ones([2, 5, 3]) as tf.Tensor3D).shape).toEqual([2, 5, 2]);
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

/**
 * Layer by layer: every target of the soundness probes (every layer factory and block shapeflow has),
 * with its base options and each good value of each option in turn, as a one-layer functional model.
 * TF.js must build it with shapeflow's shapes, weights and counts, or toTfjs must refuse it with a
 * ShapeError in its words. What each layer gets is the table in docs/tfjs.md, which this test checks
 * (SHAPEFLOW_WRITE_DOCS=1 writes it).
 */
describe("toTfjs layer by layer: the table in docs/tfjs.md", () => {
  type Verdict = { built: number; refused: string[] };
  const verdicts = new Map<string, Verdict>();
  /** A refusal in short: "no TF.js layer", or the option and value TF.js does not take. */
  const why = (m: string): string => {
    const option = /^toTfjs: layer "[^"]*" \([A-Za-z0-9]+\) has (\w+) (.*), which TensorFlow\.js 4\.22 does not support/.exec(m);
    if (option) return `${option[1]}: ${option[2]}`;
    if (/^toTfjs: layer "[^"]*" is an? \w+, which TensorFlow\.js 4\.22 has no layer for/.test(m)) return "no TF.js layer";
    const broken = /^toTfjs: layer "[^"]*" is an? \w+, which TensorFlow\.js 4\.22 builds otherwise: ([^(]*) \(/.exec(m);
    if (broken) return `built otherwise: ${broken[1]}`;
    if (/^toTfjs: TensorFlow\.js 4\.22 gives layer/.test(m)) return "TF.js gives another shape";
    if (/^toTfjs: TensorFlow\.js 4\.22 cannot build layer/.test(m)) return "TF.js cannot build it";
    throw new Error(`not a toTfjs refusal: ${m}`);
  };
  const variants = (t: (typeof targets)[number]): Record<string, unknown>[] => [
    t.base,
    ...Object.entries(t.options)
      .filter(([k, o]) => o.at === undefined && !["inputShape", "name", "trainable"].includes(k))
      .flatMap(([k, o]) => o.good.map((v) => ({ ...t.base, [k]: v }))),
  ];

  // Not one layer of one output: models (the probes' sequential-* and model-* targets: a model called as a layer,
  // or built around a layer whose option is probed), and multiHeadAttention-scores, whose every call gives the
  // scores too (multiHeadAttention is here).
  const layers = targets.filter((t) => !/^(sequential|model)-/.test(t.id) && t.id !== "multiHeadAttention-scores");
  test.each(layers.map((t) => [t.id, t] as const))("%s", async (id, t) => {
    const v: Verdict = { built: 0, refused: [] };
    for (const o of variants(t)) {
      for (const shape of t.shapes) {
        sf.clearSession();
        let m: SfLayer;
        try {
          const layer = (t.build ? t.build(o) : (sf as unknown as Record<string, (o: object) => unknown>)[t.id]!(o)) as (x: unknown) => unknown;
          const x = sf.input({ shape: [...shape] });
          const y = t.merge ? sf.input({ shape: [...t.merge] }) : undefined;
          const out = layer(y ? [x, y] : x);
          // Several outputs (returnState, returnAttentionScores, mergeMode: null): `differences` compares a layer's one output.
          if (Array.isArray(out)) continue;
          m = sf.model({ inputs: (y ? [x, y] : x) as never, outputs: out as never }) as unknown as SfLayer;
        } catch {
          continue; // options this shape does not take: the probes and the parity suites test those
        }
        try {
          const tm = (await toTfjs(m, { tf: tfl })) as unknown as TfLayer;
          expect(differences(m, tm), `${id} ${JSON.stringify(o)} on ${JSON.stringify(shape)}`).toEqual([]);
          v.built++;
        } catch (e) {
          if (!(e instanceof ShapeError)) throw e;
          const w = why(e.message);
          const given = Object.entries(o).filter(([k]) => !(k in t.base) || t.base[k] !== o[k]);
          const at = given.length === 0 ? "" : ` (${given.map(([k, x]) => `${k}: ${JSON.stringify(x)}`).join(", ")})`;
          v.refused.push(w.startsWith("TF.js") ? `${w}${at}` : w);
        }
        tf.disposeVariables();
      }
    }
    expect(v.built + v.refused.length, id).toBeGreaterThan(0);
    verdicts.set(id, v);
  }, 60_000);

  test("docs/tfjs.md lists what each layer gets", () => {
    const rows = [...verdicts].map(([id, v]) => {
      const refused = [...new Set(v.refused)].sort();
      const status = v.built === 0 ? "refused" : refused.length === 0 ? "built" : "built, except";
      return `| ${id} | ${status} | ${refused.map((r) => `\`${r}\``).join(", ")} |`;
    });
    const table = ["| layer | TF.js | refused with a message |", "| --- | --- | --- |", ...rows].join("\n");
    const path = new URL("../docs/tfjs.md", import.meta.url);
    const doc = readFileSync(path, "utf8");
    const [start, end] = ["<!-- layer-table:start (written by test/tfjs-bridge.test.ts) -->\n", "\n<!-- layer-table:end -->"];
    const at = doc.indexOf(start);
    const to = doc.indexOf(end);
    expect(at, "docs/tfjs.md has the table's markers").toBeGreaterThan(-1);
    const current = doc.slice(at + start.length, to);
    if (process.env["SHAPEFLOW_WRITE_DOCS"] === "1" && current !== table) writeFileSync(path, doc.slice(0, at + start.length) + table + doc.slice(to));
    else expect(current, "docs/tfjs.md's layer table; SHAPEFLOW_WRITE_DOCS=1 npx vitest run test/tfjs-bridge.test.ts -t 'layer by layer' writes it").toBe(table);
    expect(verdicts.size).toBe(layers.length);
  });
});
