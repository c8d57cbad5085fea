/**
 * Where shapeflow and TensorFlow.js 4.22 are known to disagree, and why, one named rule each.
 *
 * shapeflow follows Keras 3 where Keras 3 and TF.js differ, and is stricter than both in a few documented
 * places (docs/keras-differences.md). The differential test compares the two step by step; at the first
 * step where they differ, exactly this list decides whether the difference is one of these (counted under
 * the rule's id) or a failure. Each rule names the Keras 3 source that decides it and carries a small
 * example that the tests run through TF.js, so the rule is verified, not assumed.
 *
 * A rule whose id starts with `bug-` maps a difference where shapeflow is wrong (it disagrees with
 * Keras 3): it keeps the suite green and the bug visible, with its count.
 *
 * For generated-parity.test.ts, `typeDifferences` maps where the compiler by design cannot see an error
 * the runtime throws, and `typeCascades` compile errors that once echoed an earlier one (fixed; their
 * examples are regression tests).
 */
import { layerKinds, wrappedLayer, type Dim, type InputSpec, type LayerSpec, type Outcome, type Spec, type Step, type Value } from "./spec.js";

// --- what the rules look at -------------------------------------------------------------------------------

/** The first place where the two runs differ. */
export interface Divergence {
  readonly spec: Spec;
  readonly steps: readonly Step[];
  readonly sf: Outcome;
  readonly tf: Outcome;
  /** The step at which they differ (for "weights", "params", "total" and "weightNames", the model's last step). */
  readonly at: number;
  /**
   * `validity`: one threw at this step and the other did not; `value`: both completed it with different
   * results; `weights`: a layer's weight shapes (or which of them train) differ; `params`: a layer's
   * parameter count differs; `total`: the model's count differs; `weightNames`: all of that agrees, but
   * a layer's weights are named differently.
   */
  readonly kind: "validity" | "value" | "weights" | "params" | "total" | "weightNames";
}

const stepAt = (d: Divergence): Step => d.steps[d.at]!;
/** The error a run threw at the divergence, if it threw there. */
const errorAt = (o: Outcome, d: Divergence): string | undefined => (o.error?.step === d.at ? o.error.message : undefined);
const sfError = (d: Divergence) => withoutBatchHint(errorAt(d.sf, d));
/**
 * shapeflow's sentence without the batch-axis hint that a Sequential puts before its first layer's own
 * (src/models/sequential.ts, batchTwice and batchInShape): the rules here read the layer's sentence.
 */
const withoutBatchHint = (m: string | undefined): string | undefined =>
  m?.replace(
    /^(Sequential layer \d+: )?(?:inputShape leaves out the batch axis, so the declared input is \([^)]*\)\. Fix: if the first size \([^)]*\) is the number of samples, [^.]*\. |The declared input \([^)]*\) starts with None twice: [^.]*\. Fix: [^.]*\. )/,
    "$1",
  );
/** shapeflow's sentences for a bad size: one of a shape's, or the one number of batchSize or inputDim. */
const badSizeRule = String.raw`(?:must be a positive integer or null|batchSize must be a positive integer \(the number of samples in each batch\)|inputDim must be a positive integer \(the size of the input's one feature axis: inputDim: 3 is inputShape: \[3\]\))`;
const tfError = (d: Divergence) => errorAt(d.tf, d);
const layersOf = (d: Divergence): readonly LayerSpec[] => d.spec.layers;

/**
 * The layers (indices into `spec.layers`) that the divergent step runs: the called layer, the layer a
 * Sequential adds, or every layer of `sequential({ layers })`.
 */
const layersAt = (d: Divergence): number[] => {
  const s = stepAt(d);
  const index = (name: string) => (name.startsWith("l") ? [Number(name.slice(1))] : []);
  if (s.op === "call" || s.op === "layer") return [s.index];
  if (s.op === "seqAdd") return index(s.item);
  if (s.op === "seqLayers") return s.items.flatMap(index);
  return [];
};
/** The input shapes shapeflow gave each call of layer `k` (merge calls have several). */
const sfInputs = (d: Divergence, k: number): readonly (readonly (readonly Dim[])[])[] => d.sf.calls?.[k] ?? [];
/** The layers of the divergent step of type `type`, with the input shapes shapeflow gave them there. */
const callsOf = (d: Divergence, type: LayerSpec["type"]) =>
  layersAt(d)
    .filter((k) => layersOf(d)[k]?.type === type)
    .flatMap((k) => {
      const s = stepAt(d);
      // A call step is one call of its layer (the how-manieth, counting earlier call steps); a
      // Sequential step may have called several layers, once each.
      const calls = sfInputs(d, k);
      const nth = d.steps.slice(0, d.at).filter((x) => x.op === "call" && x.index === k).length;
      return (s.op === "call" ? calls.slice(nth, nth + 1) : calls).map((shapes) => ({ k, layer: layersOf(d)[k]!, shapes }));
    });
/** The argument shapes of a call step, from shapeflow's values of the tensors it was called on. */
const argShapes = (d: Divergence): (readonly Dim[])[] | undefined => {
  const s = stepAt(d);
  if (s.op !== "call") return undefined;
  const out: (readonly Dim[])[] = [];
  for (const a of s.args) {
    const i = d.steps.findIndex((x) => x.name === a);
    const v: Value | undefined = d.sf.values[i];
    if (!Array.isArray(v)) return undefined;
    out.push(v as readonly Dim[]);
  }
  return out;
};
const sfCompleted = (d: Divergence): boolean => d.sf.values.length > d.at;
const tfCompleted = (d: Divergence): boolean => d.tf.values.length > d.at;

/** Whether a layer the divergent step runs satisfies `p`. */
const anyLayer = (d: Divergence, p: (l: LayerSpec) => boolean): boolean => layersAt(d).some((k) => p(layersOf(d)[k]!));
/** A layer that slides a window: a convolution or a (non-global) pooling. */
const isWindowed = (l: LayerSpec): boolean =>
  ["conv1d", "conv2d", "conv2dTranspose", "separableConv2d", "depthwiseConv2d", "maxPooling1d", "maxPooling2d", "averagePooling2d", "convLstm2d", "averagePooling1d", "conv3d", "maxPooling3d", "averagePooling3d"].includes(l.type);
/** MaxPooling1D or AveragePooling1D (TF.js's 1D poolings have no dataFormat). */
const isPooling1d = (l: LayerSpec): boolean => l.type === "maxPooling1d" || l.type === "averagePooling1d";
/** A global pooling layer (Keras 3's have keepdims; TF.js's do not). */
const isGlobalPooling = (l: LayerSpec): l is LayerSpec & { readonly keepdims?: boolean; readonly dataFormat?: string } =>
  ["globalAveragePooling2d", "globalMaxPooling1d", "globalAveragePooling1d", "globalMaxPooling2d"].includes(l.type);
/** A spatial option as a list: `2` is `[2]`, absent is `[]`. */
const axisList = (v: number | readonly number[] | undefined): readonly number[] => (v === undefined ? [] : typeof v === "number" ? [v] : v);
/** A step's value as one list of sizes (TF.js's NaN sizes are kept: JSON, and so the comparison, shows them as null) (a model's several output shapes one after another). */
const flatValue = (v: Value | undefined): Dim[] => (Array.isArray(v) ? (v as readonly unknown[]).flat(2) : []) as Dim[];
/**
 * The sizes where the two runs' values at the divergent step differ, as `[shapeflow, TF.js]` pairs, or
 * `undefined` when the values do not even have the same length.
 */
const valuePairs = (d: Divergence): [Dim, Dim][] | undefined => {
  const [a, b] = [flatValue(d.sf.values[d.at]), flatValue(d.tf.values[d.at])];
  if (a.length !== b.length || a.length === 0) return undefined;
  return a.map((x, i): [Dim, Dim] => [x, b[i]!]).filter(([x, y]) => x !== y);
};
/** The first layer whose weights differ in shape or trainability between the runs. */
const firstWeightsDifference = (d: Divergence): number | undefined => {
  const key = (o: Outcome, k: number) => JSON.stringify(o.layers?.[k]?.weights.map(([, shape, t]) => [shape, t]));
  const k = d.spec.layers.findIndex((_, k) => key(d.sf, k) !== key(d.tf, k));
  return k < 0 ? undefined : k;
};

/**
 * Keras 3's Concatenate on these input shapes: `build` drops the joined axis and requires, axis by axis,
 * at most one known size among the inputs (None is skipped); `compute_output_shape` then indexes the axis
 * (an IndexError when it does not exist). See keras/src/layers/merging/concatenate.py.
 */
export const keras3ConcatAccepts = (shapes: readonly (readonly Dim[])[], axis: number): boolean => {
  const s0 = shapes[0];
  if (s0 === undefined) return false;
  const inRange = (rank: number) => (axis < 0 ? axis + rank >= 0 : axis < rank);
  if (!shapes.every((s) => inRange(s.length))) return false;
  const reduced = shapes.map((s) => s.filter((_, i) => i !== (axis < 0 ? axis + s.length : axis)));
  if (new Set(reduced.map((r) => r.length)).size > 1) return false;
  return reduced[0]!.every((_, i) => new Set(reduced.map((r) => r[i]).filter((x) => x !== null)).size <= 1);
};

const concatAxis = (l: LayerSpec): number => (l.type === "concatenate" ? (l.axis ?? -1) : -1);

// --- the rules ----------------------------------------------------------------------------------------------

export interface KnownDifference {
  readonly id: string;
  readonly description: string;
  /** The Keras 3 source that decides it (file, function, what it does). */
  readonly keras3: string;
  /** What TensorFlow.js 4.22 does instead (verified by running `example`). */
  readonly tfjs: string;
  /** Whether this rule explains the divergence. */
  readonly explains: (d: Divergence) => boolean;
  /** A small spec that shows the difference; the tests check that this rule, and only it, maps it. */
  readonly example: Spec;
}

/** `sequential().add(l0).add(l1)...` */
const seq = (layers: LayerSpec[]): Spec => ({ kind: "sequential", style: "add", layers });
/** A functional model calling layer k on the tensors `args[k]` (inputs first, then earlier calls); the last call is the output. */
export const fn = (inputs: InputSpec[], layers: LayerSpec[], args: number[][]): Spec => ({
  kind: "functional",
  inputs,
  layers,
  calls: args.map((a, k) => ({ layer: k, args: a })),
  outputs: inputs.length + args.length - 1,
  modelInputs: inputs.length === 1 ? 0 : inputs.map((_, k) => k),
});

export const knownDifferences: readonly KnownDifference[] = [
  {
    id: "flatten-unknown-dim",
    description: "Flatten of an input with an unknown (None) non-batch axis: Keras 3 gives a None axis; TF.js throws.",
    keras3:
      "keras/src/layers/reshaping/flatten.py, Flatten.compute_output_shape: `elif any(d is None for d in non_batch_dims): flattened_dim = None`.",
    tfjs: 'Flatten.computeOutputShape throws ValueError: The shape of the input to "Flatten" is not fully defined.',
    explains: (d) =>
      d.kind === "validity" &&
      sfCompleted(d) &&
      /The shape of the input to "Flatten" is not fully defined/.test(tfError(d) ?? "") &&
      callsOf(d, "flatten").some(({ shapes }) => shapes[0]!.length >= 3 && shapes[0]!.slice(1).includes(null)),
    example: fn([{ shape: [null, 3] }], [{ type: "flatten" }], [[0]]),
  },
  {
    id: "flatten-min-rank",
    description: "Flatten of a rank-1 or rank-2 input: Keras 3 accepts any rank from 1 ((None,) gives (None, 1)); TF.js needs rank 3.",
    keras3:
      "keras/src/layers/reshaping/flatten.py: `self.input_spec = InputSpec(min_ndim=1)`; compute_output_shape: `if len(non_batch_dims) == 0: flattened_dim = 1`.",
    tfjs: "Flatten's inputSpec is [{minNDim: 3}]: ValueError 'Input 0 is incompatible with layer flatten_Flatten1: expected min_ndim=3, found ndim=2'.",
    explains: (d) => {
      const m = /incompatible with layer (\S+): expected min_ndim=3, found ndim=([12])\./.exec(tfError(d) ?? "");
      if (d.kind !== "validity" || !sfCompleted(d) || m === null) return false;
      const k = d.tf.names.indexOf(m[1]!);
      return callsOf(d, "flatten").some((c) => c.k === k && c.shapes[0]!.length === Number(m[2]));
    },
    example: fn([{ shape: [4] }], [{ type: "flatten" }], [[0]]),
  },
  {
    id: "merge-single-input",
    description: "A merge layer (Add, Concatenate, Multiply, Average, Maximum, Minimum) called on a list of one tensor: Keras 3 accepts it (the output is that tensor's shape); TF.js needs at least 2.",
    keras3:
      "keras/src/layers/merging/base_merge.py, Merge.build: raises only `if len(input_shape) < 1`; concatenate.py, Concatenate.build: likewise `len(input_shape) < 1`.",
    tfjs: "Merge.build: 'A merge layer should be called on an Array of at least 2 inputs'; Concatenate.build: '... on a list of at least 2 inputs'.",
    explains: (d) => {
      const s = stepAt(d);
      return (
        d.kind === "validity" &&
        s.op === "call" &&
        s.merge &&
        s.args.length === 1 &&
        sfCompleted(d) &&
        /should be called on (an Array|a list) of at least 2 inputs/.test(tfError(d) ?? "")
      );
    },
    example: fn([{ shape: [4] }], [{ type: "add" }], [[0]]),
  },
  {
    id: "concat-unknown-dims-agree",
    description:
      "Concatenate of inputs whose other axes agree only once None is taken as unknown (e.g. (None, None, 3) with (None, 6, 2) on axis -1): Keras 3 accepts; TF.js requires them identical, None included.",
    keras3:
      "keras/src/layers/merging/concatenate.py, Concatenate.build: 'Skip the Nones in the shape since they are dynamic': it raises only when an axis has two different known sizes.",
    tfjs: "Concatenate.build compares the shapes without the axis by util.arraysEqual, so null differs from a size: 'A `Concatenate` layer requires inputs with matching shapes except for the concat axis'.",
    explains: (d) => {
      const shapes = argShapes(d);
      const s = stepAt(d);
      return (
        d.kind === "validity" &&
        s.op === "call" &&
        shapes !== undefined &&
        sfCompleted(d) &&
        /requires inputs with matching shapes except for the concat axis/.test(tfError(d) ?? "") &&
        keras3ConcatAccepts(shapes, concatAxis(layersOf(d)[s.index]!))
      );
    },
    example: fn([{ shape: [null, 3] }, { shape: [6, 2] }], [{ type: "concatenate" }], [[0, 1]]),
  },
  {
    id: "concat-axis-out-of-range",
    description: "Concatenate along an axis the inputs do not have: Keras 3 fails (shapeflow says so); TF.js returns a malformed shape.",
    keras3:
      "keras/src/layers/merging/concatenate.py: compute_output_shape indexes `output_shape[self.axis]` (IndexError past the rank), and build's `del reduced_inputs_shapes[i][self.axis]` fails for an axis below -rank.",
    tfjs: "No check: axis 3 on (None, 4) gives [null, 4, null, null]; axis -3 gives [null, 4].",
    explains: (d) => {
      const s = stepAt(d);
      const rank = argShapes(d)?.[0]?.length;
      const axis = s.op === "call" ? concatAxis(layersOf(d)[s.index]!) : 0;
      return (
        d.kind === "validity" &&
        tfCompleted(d) &&
        rank !== undefined &&
        (axis >= rank || axis < -rank) &&
        /^Concatenate: axis -?\d+ does not exist in /.test(sfError(d) ?? "")
      );
    },
    example: fn([{ shape: [4] }, { shape: [4] }], [{ type: "concatenate", axis: 3 }], [[0, 1]]),
  },
  {
    id: "concat-rank-mismatch",
    description:
      "Concatenate of inputs of different ranks, along an axis only the longer ones have (e.g. (None, 3) with (None,) on axis 1): Keras 3 fails (shapeflow says the ranks differ); TF.js returns a malformed shape.",
    keras3:
      "keras/src/layers/merging/concatenate.py: build compares the shapes without the joined axis (equal ranks needed), and compute_output_shape indexes `output_shape[self.axis]` and `shape[self.axis]` of every input, an IndexError for the shorter one, so no two ranks are ever joined.",
    tfjs: "Concatenate.build removes the axis with splice, which does nothing on the shorter shape, so both look alike: (None, 3) and (None,) on axis 1 give [null, null].",
    explains: (d) => {
      const shapes = argShapes(d);
      return (
        d.kind === "validity" &&
        tfCompleted(d) &&
        shapes !== undefined &&
        new Set(shapes.map((s) => s.length)).size > 1 &&
        /^Concatenate needs inputs of the same rank, /.test(sfError(d) ?? "")
      );
    },
    example: fn([{ shape: [3] }, { shape: [] }], [{ type: "concatenate", axis: 1 }], [[0, 1]]),
  },
  {
    id: "stricter-zero-size",
    description: "A size of 0 (in a shape, a batch size, a declared input): shapeflow rejects it as a likely typo; Keras 3 and TF.js accept an empty axis.",
    keras3:
      "keras/src/backend/common/variables.py, standardize_shape: raises only for non-integers and `e < 0`, so 0 passes. shapeflow is deliberately stricter (docs/keras-differences.md, 'Sizes are positive integers or None').",
    tfjs: "tf.input({ shape: [0, 3] }) gives [null, 0, 3]; Dense on it builds.",
    explains: (d) => d.kind === "validity" && tfCompleted(d) && new RegExp(`${badSizeRule}, but got 0\\.`).test(sfError(d) ?? ""),
    example: fn([{ shape: [0, 3] }], [{ type: "flatten" }], [[0]]),
  },
  {
    id: "tfjs-unchecked-sizes",
    description: "A negative or fractional size: Keras 3 and shapeflow reject it; TF.js takes it (and fails only if a weight needs it).",
    keras3:
      "keras/src/backend/common/variables.py, standardize_shape: 'Cannot convert ... to a shape. Found invalid entry' for a non-integer, 'Negative dimensions are not allowed' for e < 0 (InputLayer calls it on shape and batch_shape).",
    tfjs: "tf.input({ shape: [-1, 3] }) gives [null, -1, 3]; tf.input({ shape: [2.5] }) gives [null, 2.5].",
    explains: (d) =>
      d.kind === "validity" && tfCompleted(d) && new RegExp(`${badSizeRule}, but got (-\\d|\\d*\\.\\d)`).test(sfError(d) ?? ""),
    example: fn([{ shape: [-1, 3] }], [{ type: "dropout", rate: 0.5 }], [[0]]),
  },
  {
    id: "stricter-declared-input",
    description:
      "A layer declared with an input shape (inputShape, batchInputShape, ...) called on a tensor of another shape: shapeflow rejects it; Keras 3 ignores the declaration and TF.js only warns.",
    keras3:
      "keras/src/layers/layer.py, Layer.__init__: input_shape/input_dim are kept as `_input_shape_arg` with a UserWarning, and only Sequential reads them, for its first layer (keras/src/models/sequential.py); a call never checks them. shapeflow is deliberately stricter (docs/keras-differences.md).",
    tfjs: "Layer.apply's warnOnIncompatibleInputShape: console.warn 'The shape of the input tensor ... does not match the expectation of layer ...' (or 'The rank of the input tensor provided ... does not match'), then builds.",
    explains: (d) =>
      d.kind === "validity" &&
      tfCompleted(d) &&
      /the layer was declared with batch input shape/.test(sfError(d) ?? "") &&
      d.tf.warnings.some((w) => /does not match (the expectation of layer|that of the batchInputShape)/.test(w)),
    example: fn([{ shape: [5] }], [{ type: "dense", units: 2, inputShape: [3] }], [[0]]),
  },
  {
    id: "stricter-input-spellings",
    description:
      "A layer given its input shape twice (inputShape with inputDim, batchInputShape or batchShape) or a batchSize without inputShape/inputDim: shapeflow rejects it; TF.js picks one spelling or ignores batchSize.",
    keras3:
      "keras/src/layers/layer.py, Layer.__init__ pops input_dim (else input_shape) and raises 'Unrecognized keyword arguments' for anything left (so both spellings, batch_size, batch_input_shape and batch_shape are errors on a layer); keras/src/layers/core/input_layer.py rejects shape with batch_shape and batch_size with batch_shape. shapeflow applies the same rule to its TF.js spellings (docs/keras-differences.md).",
    tfjs: "The Layer constructor takes batchInputShape over inputShape, Dense takes inputShape over inputDim, and batchSize without a shape is ignored; no error.",
    explains: (d) =>
      d.kind === "validity" &&
      tfCompleted(d) &&
      stepAt(d).op === "layer" &&
      /: the input shape is given twice, as |: batchSize goes with inputShape or inputDim, but got it /.test(sfError(d) ?? ""),
    example: fn([{ shape: [3] }], [{ type: "dense", units: 2, inputShape: [3], inputDim: 3 }], [[0]]),
  },
  {
    id: "dropout-rate-range",
    description: "Dropout with a rate outside [0, 1]: Keras 3 and shapeflow reject it; TF.js accepts it.",
    keras3: "keras/src/layers/regularization/dropout.py, Dropout.__init__: `if not 0 <= rate <= 1: raise ValueError(...)`.",
    tfjs: "The Dropout constructor does not check rate: tf.layers.dropout({ rate: 2 }) builds.",
    explains: (d) => d.kind === "validity" && tfCompleted(d) && /^Dropout: rate is the fraction of inputs to drop/.test(sfError(d) ?? ""),
    example: fn([{ shape: [3] }], [{ type: "dropout", rate: 1.5 }], [[0]]),
  },
  {
    id: "sequential-deferred-build",
    description:
      "A Sequential whose first layer has no input shape: Keras 3 and shapeflow let layers be added and fail only when shapes or weights are asked for (countParams); TF.js throws at the first add.",
    keras3:
      "keras/src/models/sequential.py: Sequential.add/_maybe_rebuild build the model only from an InputLayer or a first layer's input_shape, otherwise it stays unbuilt; keras/src/layers/layer.py, Layer.count_params: `if not self.built: raise ValueError(\"You tried to call `count_params` on layer ... but the layer isn't built\")`.",
    tfjs: "Sequential.add: ValueError 'The first layer in a Sequential model must get an `inputShape` or `batchInputShape` argument.'",
    explains: (d) =>
      d.kind === "validity" &&
      sfCompleted(d) &&
      d.sf.values[d.at] === null &&
      /The first layer in a Sequential model must get an `inputShape` or `batchInputShape` argument/.test(tfError(d) ?? ""),
    example: seq([{ type: "dense", units: 4 }, { type: "dense", units: 1 }]),
  },
  {
    id: "stricter-shared-dense-unknown-features",
    description:
      "A Dense layer already built (its kernel fixed by a first call on a known feature axis) called again on an input whose feature axis is None: Keras 3 accepts (the size is checked when data flows); shapeflow rejects it, at run time as in the types, which cannot know the layer was built (documented in docs/keras-differences.md).",
    keras3:
      "keras/src/layers/core/dense.py: build sets `self.input_spec = InputSpec(min_ndim=2, axes={-1: input_shape[-1]})`; keras/src/layers/input_spec.py, _check_input_spec, lets None through for an axis the spec fixes (`shape[axis] not in {value, None}`); compute_output_shape is (..., units).",
    tfjs: "The same as Keras 3: the built Dense's inputSpec axes {-1: n} lets null through, and the call gives (..., units).",
    explains: (d) =>
      d.kind === "validity" &&
      tfCompleted(d) &&
      stepAt(d).op === "call" &&
      /^Dense needs the last axis \(features\) of its input defined/.test(sfError(d) ?? "") &&
      (() => {
        const s = stepAt(d);
        return s.op === "call" && d.steps.slice(0, d.at).some((x) => x.op === "call" && x.index === s.index);
      })(),
    example: {
      kind: "functional",
      inputs: [{ shape: [3] }, { shape: [null] }],
      layers: [{ type: "dense", units: 2 }],
      calls: [
        { layer: 0, args: [0] },
        { layer: 0, args: [1] },
      ],
      outputs: [2, 3],
      modelInputs: [0, 1],
    },
  },

  // --- the image layers: convolution, pooling, padding, reshaping, normalization -------------------------

  {
    id: "tfjs-window-larger-than-input",
    description:
      "A convolution or pooling window (after dilation) longer than the input axis it slides on, with `valid` padding (ConvLSTM2D's too, on one step's frame): Keras 3 raises (shapeflow says which axis); TF.js returns a size of 0 or less.",
    keras3:
      "keras/src/ops/operation_utils.py, compute_conv_output_shape and compute_pooling_output_shape: `if i not in none_dims and output_spatial_shape[i] <= 0: raise ValueError(\"Computed output size would be zero or negative. ...\")` (Conv, DepthwiseConv and SeparableConv call the first, the pooling layers the second; rnn/conv_lstm.py, ConvLSTMCell.compute_output_shape, the first).",
    tfjs: "utils/conv_utils.ts, convOutputLength: `floor((n - dilatedKernel + 1 + stride - 1) / stride)` with no check: conv2d({ kernelSize: 3 }) on (None, 2, 2, 3) gives [null, 0, 0, 4], with dilationRate 2 on 3 rows [null, -1, ...].",
    explains: (d) =>
      d.kind === "validity" &&
      tfCompleted(d) &&
      /^(Sequential layer \d+: )?\w+: the (kernel \(after dilation\)|pool window) spans \d+ along axis \d+ \(\w+\), but the input has only \d+ there/.test(sfError(d) ?? "") &&
      anyLayer(d, (l) => isWindowed(l) && (("padding" in l ? l.padding : undefined) ?? "valid") === "valid") &&
      // A 1D pooling with channelsFirst pools another axis in TF.js: tfjs-1d-pooling-ignores-data-format.
      !anyLayer(d, (l) => isPooling1d(l) && "dataFormat" in l && l.dataFormat === "channelsFirst") &&
      flatValue(d.tf.values[d.at]).some((n) => typeof n === "number" && n <= 0),
    example: fn([{ shape: [2, 2, 3] }], [{ type: "conv2d", filters: 4, kernelSize: 3 }], [[0]]),
  },
  {
    id: "tfjs-strides-with-dilation",
    description: "A convolution with both a stride and a dilation above 1: Keras 3 raises when the layer is made; TF.js makes it (and its shape arithmetic takes both).",
    keras3:
      "keras/src/layers/convolutional/base_conv.py and base_conv_transpose.py, __init__: `if max(self.strides) > 1 and max(self.dilation_rate) > 1: raise ValueError(\"`strides > 1` not supported in conjunction with `dilation_rate > 1`\")` (base_depthwise_conv.py and base_separable_conv.py dropped the check in Keras 3.15, b98faa73d2: those layers take both).",
    tfjs: "BaseConv's constructor checks neither against the other: conv2d({ kernelSize: 3, strides: 2, dilationRate: 2 }) on (None, 9, 9, 3) gives [null, 3, 3, 4].",
    explains: (d) => d.kind === "validity" && tfCompleted(d) && /: strides > 1 cannot go with dilationRate > 1 \(Keras forbids it\)/.test(sfError(d) ?? ""),
    example: fn([{ shape: [9, 9, 3] }], [{ type: "conv2d", filters: 4, kernelSize: 3, strides: 2, dilationRate: 2 }], [[0]]),
  },
  {
    id: "tfjs-unchecked-layer-options",
    description:
      "A kernelSize, poolSize or strides of 0 or a fraction, a depthMultiplier below 1, or a Reshape targetShape with two -1: Keras 3 raises when the layer is made; TF.js makes it, and fails (if at all) only when it is applied.",
    keras3:
      "keras/src/utils/argument_validation.py, standardize_tuple (kernel_size, strides, dilation_rate, pool_size): 'The `kernel_size` argument must be a tuple of 2 integers' for a non-integer, '... that do not satisfy `value > 0`' for 0; base_depthwise_conv.py and base_separable_conv.py: `if self.depth_multiplier <= 0: raise ValueError`; keras/src/layers/reshaping/reshape.py, __init__: 'The `target_shape` argument must not contain more than one `-1` value'.",
    tfjs: "normalizeArray, the Pooling and the Reshape constructors do not check: conv2d({ kernelSize: 1.5 }) is made and throws 'Tensor must have a shape comprised of positive integers' when applied; reshape({ targetShape: [-1, -1] }) throws only when it can infer.",
    explains: (d) =>
      d.kind === "validity" &&
      tfCompleted(d) &&
      stepAt(d).op === "layer" &&
      /^\w+: ((kernelSize|poolSize|strides|dilationRate) must be a positive integer or a list of|depthMultiplier must be a positive integer)|^Reshape: targetShape may hold only one -1/.test(sfError(d) ?? ""),
    example: fn([{ shape: [5, 5, 3] }], [{ type: "conv2d", filters: 4, kernelSize: 1.5 }], [[0]]),
  },
  {
    id: "tfjs-conv-ignores-groups",
    description:
      "Conv1D/Conv2D with `groups` > 1: Keras 3 splits the channels into groups (kernel [..., channels / groups, filters]) and requires filters and channels divisible by groups; TF.js has no groups: its kernel takes all the channels and nothing is checked.",
    keras3:
      "keras/src/layers/convolutional/base_conv.py: __init__ raises unless `filters % groups == 0`; build raises unless `input_channel % groups == 0` and makes `kernel_shape = kernel_size + (input_channel // groups, filters)`.",
    tfjs: "ConvLayerArgs has no groups (the option is ignored): Conv.build makes kernel [...kernelSize, inputDim, filters].",
    explains: (d) => {
      const grouped = (l: LayerSpec) => (l.type === "conv1d" || l.type === "conv2d") && (l.groups ?? 1) > 1;
      if (d.kind === "validity")
        return tfCompleted(d) && /: (filters must divide evenly into groups|the input's \d+ channels must divide evenly into groups)/.test(sfError(d) ?? "") && anyLayer(d, grouped);
      if (d.kind !== "weights") return false;
      const k = firstWeightsDifference(d);
      const l = k === undefined ? undefined : layersOf(d)[k];
      if (l === undefined || !grouped(l) || !("groups" in l)) return false;
      // The kernel's channels axis (second to last) is `groups` times larger in TF.js; all else agrees.
      const [sfKernel, tfKernel] = [d.sf.layers![k!]!.weights[0]![1], d.tf.layers![k!]!.weights[0]![1]];
      const ax = sfKernel.length - 2;
      return sfKernel.every((n, i) => (i === ax ? n * l.groups! === tfKernel[i] : n === tfKernel[i]));
    },
    example: fn([{ shape: [9, 9, 4] }], [{ type: "conv2d", filters: 4, kernelSize: 3, groups: 2 }], [[0]]),
  },
  {
    id: "tfjs-causal-padding-2d",
    description: "`padding: \"causal\"` on Conv2D or DepthwiseConv2D: Keras 3 accepts it only for Conv1D; TF.js accepts it (and computes a `valid` shape). Its SeparableConv2D and Conv2DTranspose reject it, as Keras 3 does.",
    keras3:
      "keras/src/layers/convolutional/base_conv.py: `standardize_padding(padding, allow_causal=rank == 1)`; base_depthwise_conv.py and base_separable_conv.py: `standardize_padding(padding)` (keras/src/utils/argument_validation.py raises for 'causal' unless allow_causal).",
    tfjs: "checkPaddingMode accepts 'causal' for Conv2D and DepthwiseConv2D (SeparableConv2D and Conv2DTranspose reject it), and convOutputLength computes it as 'valid': kernelSize 3 on (None, 9, 9, 3) gives [null, 7, 7, 4].",
    explains: (d) =>
      d.kind === "validity" &&
      tfCompleted(d) &&
      /^\w+: padding must be one of "valid", "same", but got "causal"\./.test(sfError(d) ?? "") &&
      anyLayer(d, (l) => "padding" in l && l.padding === "causal" && l.type !== "conv1d"),
    example: fn([{ shape: [5, 5, 3] }], [{ type: "conv2d", filters: 4, kernelSize: 3, padding: "causal" }], [[0]]),
  },
  {
    id: "tfjs-causal-shape-as-valid",
    description:
      "Conv1D with `padding: \"causal\"`: Keras 3 pads the start of the sequence, so the length is `ceil(n / strides)` as with `same`; TF.js pads it too when it runs, but its shape inference computes `valid` lengths (shorter, 0 or negative).",
    keras3: "keras/src/ops/operation_utils.py, compute_conv_output_shape: `elif padding in (\"same\", \"causal\"): output_spatial_shape = np.floor((spatial_shape - 1) / strides) + 1`.",
    tfjs: "Conv.computeOutputShape calls convOutputLength(n, k, 'causal', s, d), whose `else` branch (for 'valid') takes it: kernelSize 3 on 9 steps gives 7 (Keras 3: 9), and a Sequential then rejects a negative length ('Negative dimension size caused by adding layer').",
    explains: (d) =>
      anyLayer(d, (l) => l.type === "conv1d" && l.padding === "causal") &&
      ((d.kind === "value" && valuePairs(d)?.every(([a, b]) => typeof a === "number" && typeof b === "number" && b < a) === true) ||
        // A Sequential checks its output for negative sizes as each layer is added.
        (d.kind === "validity" && sfCompleted(d) && /^Negative dimension size caused by adding layer conv1d_Conv1D\d+ /.test(tfError(d) ?? ""))),
    example: fn([{ shape: [9, 3] }], [{ type: "conv1d", filters: 4, kernelSize: 3, padding: "causal" }], [[0]]),
  },
  {
    id: "stricter-shared-layer-normalization",
    description:
      "A LayerNormalization already built (gamma and beta sized by its first input) called again on an input whose normalized axes differ: Keras 3 and TF.js accept the call (the mismatch shows only when data flows); shapeflow rejects it, at run time (the types cannot know the layer was built).",
    keras3:
      "keras/src/layers/normalization/layer_normalization.py: build sets no input_spec, and compute_output_shape returns the input shape after checking only that the axes exist, so a second symbolic call is not checked against gamma.",
    tfjs: "The same: LayerNormalization sets no inputSpec, and computeOutputShape returns the input shape.",
    explains: (d) =>
      d.kind === "validity" &&
      tfCompleted(d) &&
      /^LayerNormalization "\w+" already has weights .* from its first call, and they cannot take the input/.test(sfError(d) ?? ""),
    example: {
      kind: "functional",
      inputs: [{ shape: [3] }, { shape: [5] }],
      layers: [{ type: "layerNormalization" }],
      calls: [
        { layer: 0, args: [0] },
        { layer: 0, args: [1] },
      ],
      outputs: [2, 3],
      modelInputs: [0, 1],
    },
  },
  {
    id: "tfjs-depthwise-ignores-dilation",
    description:
      "DepthwiseConv2D with `dilationRate` > 1: Keras 3 slides the dilated kernel (span `d * (k - 1) + 1`, which may not fit); TF.js computes the shape with the undilated kernel.",
    keras3:
      "keras/src/layers/convolutional/base_depthwise_conv.py, compute_output_shape: compute_conv_output_shape(..., dilation_rate=self.dilation_rate) (keras/src/ops/operation_utils.py), which raises where the dilated kernel does not fit.",
    tfjs: "DepthwiseConv2D.computeOutputShape: `convOutputLength(rows, this.kernelSize[0], this.padding, this.strides[0])`, no dilation: kernelSize 3, dilationRate 2 on 7 rows gives 5 (Keras 3: 3).",
    explains: (d) =>
      anyLayer(d, (l) => l.type === "depthwiseConv2d" && (l.padding ?? "valid") === "valid" && axisList(l.dilationRate).some((x) => x > 1)) &&
      ((d.kind === "value" && valuePairs(d)?.every(([a, b]) => typeof a === "number" && typeof b === "number" && b > a) === true) ||
        (d.kind === "validity" &&
          tfCompleted(d) &&
          /^(Sequential layer \d+: )?DepthwiseConv2D: the kernel \(after dilation\) spans \d+ along axis/.test(sfError(d) ?? "") &&
          flatValue(d.tf.values[d.at]).every((n) => n === null || n > 0))),
    example: fn([{ shape: [7, 7, 3] }], [{ type: "depthwiseConv2d", kernelSize: 3, dilationRate: 2 }], [[0]]),
  },
  {
    id: "tfjs-second-call-unchecked",
    description:
      "A DepthwiseConv2D or LayerNormalization already built, called again on an input it cannot take (another rank, other channels, an axis it lacks): Keras 3 raises (and shapeflow); TF.js checks a second call only against the layer's inputSpec, which these two do not set.",
    keras3:
      "keras/src/layers/convolutional/base_depthwise_conv.py, build: `self.input_spec = InputSpec(min_ndim=self.rank + 2, axes={channel_axis: input_channel})`, checked on every call; keras/src/layers/normalization/layer_normalization.py, compute_output_shape (run on every call): 'Axis ... is out of bounds for input shape'.",
    tfjs: "DepthwiseConv2D.build and LayerNormalization.build set no inputSpec (Conv and BatchNormalization do), so a second apply computes a shape from whatever it is given.",
    explains: (d) => {
      const s = stepAt(d);
      if (d.kind !== "validity" || !tfCompleted(d) || s.op !== "call") return false;
      const type = layersOf(d)[s.index]!.type;
      const again = d.steps.slice(0, d.at).some((x) => x.op === "call" && x.index === s.index);
      const m = sfError(d) ?? "";
      return (
        again &&
        ((type === "depthwiseConv2d" && /^DepthwiseConv2D (needs an input of rank 4|"\w+" already has weights .* from its first call)/.test(m)) ||
          (type === "layerNormalization" && /^LayerNormalization: axis -?\d+ does not exist in /.test(m)))
      );
    },
    example: {
      kind: "functional",
      inputs: [{ shape: [5, 5, 3] }, { shape: [5, 5, 4] }],
      layers: [{ type: "depthwiseConv2d", kernelSize: 3 }],
      calls: [
        { layer: 0, args: [0] },
        { layer: 0, args: [1] },
      ],
      outputs: [2, 3],
      modelInputs: [0, 1],
    },
  },
  {
    id: "stricter-shared-unknown-channels",
    description:
      "A convolution or normalization layer already built (its weights sized by a first input) called again on an input whose channels axis (or normalized axis) is None: Keras 3 and TF.js accept it (the size is checked when data flows); shapeflow rejects it, as for Dense (stricter-shared-dense-unknown-features): the types cannot know the layer was built, and the runtime agrees with them.",
    keras3:
      "keras/src/layers/convolutional/base_conv.py (and base_depthwise_conv.py, base_separable_conv.py, base_conv_transpose.py), build: `InputSpec(min_ndim=..., axes={channel_axis: input_channel})`; batch_normalization.py, build: `InputSpec(ndim=..., axes={self.axis: ...})`; keras/src/layers/input_spec.py lets None through for an axis the spec fixes; layer_normalization.py sets no spec.",
    tfjs: "The same: a built layer's inputSpec axes let null through, and the output shape is computed from the options.",
    explains: (d) => {
      const s = stepAt(d);
      return (
        d.kind === "validity" &&
        tfCompleted(d) &&
        s.op === "call" &&
        d.steps.slice(0, d.at).some((x) => x.op === "call" && x.index === s.index) &&
        /^\w+ needs (the channels axis \(axis -?\d+ of \([^)]*\)\)|axis -?\d+) of its input defined, since its weights are sized by it/.test(sfError(d) ?? "")
      );
    },
    example: {
      kind: "functional",
      inputs: [{ shape: [5, 5, 3] }, { shape: [5, 5, null] }],
      layers: [{ type: "conv2d", filters: 2, kernelSize: 3 }],
      calls: [
        { layer: 0, args: [0] },
        { layer: 0, args: [1] },
      ],
      outputs: [2, 3],
      modelInputs: [0, 1],
    },
  },
  {
    id: "tfjs-input-dim-dense-only",
    description:
      "A layer other than Dense declaring its input with `inputDim`: Keras 3 takes input_dim on every layer (as input_shape (n,)); TF.js reads it only in Dense, so it ignores the declaration (no warning on a mismatch, and a Sequential it starts has no input shape).",
    keras3:
      "keras/src/layers/layer.py, Layer.__init__: `input_dim` is popped for every layer and turned into the input shape `(input_dim,)` (kept as `_input_shape_arg`, which Sequential reads for its first layer).",
    tfjs: "Only the Dense constructor turns inputDim into batchInputShape; the Layer constructor reads inputShape and batchInputShape only.",
    explains: (d) =>
      anyLayer(d, (l) => l.type !== "dense" && "inputDim" in l && l.inputDim !== undefined) &&
      d.kind === "validity" &&
      ((tfCompleted(d) && /the layer was declared with batch input shape/.test(sfError(d) ?? "")) ||
        (sfCompleted(d) && /The first layer in a Sequential model must get an `inputShape` or `batchInputShape` argument/.test(tfError(d) ?? ""))),
    example: seq([{ type: "batchNormalization", inputDim: 3 }]),
  },
  {
    id: "tfjs-conv-transpose-ignores-dilation",
    description:
      "Conv2DTranspose with `dilationRate` > 1: Keras 3 grows each axis by the dilated kernel span (`d * (k - 1) + 1`); TF.js computes the shape with the undilated kernel.",
    keras3:
      "keras/src/backend/common/backend_utils.py, compute_conv_transpose_output_shape: `kernel_size = dilation_rate * (kernel_size - 1) + 1` before the length formula; keras/src/layers/convolutional/base_conv_transpose.py passes dilation_rate to it.",
    tfjs: "Conv2DTranspose.computeOutputShape calls deconvLength(n, stride, kernelSize, padding), which has no dilation: kernelSize 3, dilationRate 2 on 4 rows gives 6 (Keras 3: 8).",
    explains: (d) =>
      d.kind === "value" &&
      anyLayer(d, (l) => l.type === "conv2dTranspose" && l.outputPadding === undefined && axisList(l.dilationRate).some((x) => x > 1)) &&
      valuePairs(d)?.every(([a, b]) => typeof a === "number" && typeof b === "number" && a > b) === true,
    example: fn([{ shape: [4, 4, 3] }], [{ type: "conv2dTranspose", filters: 4, kernelSize: 3, dilationRate: 2 }], [[0]]),
  },
  {
    id: "tfjs-conv-transpose-ignores-output-padding",
    description:
      "Conv2DTranspose with `outputPadding`: Keras 3 uses it for the output length and requires it below `strides`; TF.js ignores the option (its output is as without it, and without dilation: tfjs-conv-transpose-ignores-dilation).",
    keras3:
      "keras/src/layers/convolutional/base_conv_transpose.py, __init__: `if self.output_padding[i] >= self.strides[i]: raise ValueError(\"`output_padding` must be < `strides`\")`; keras/src/backend/common/backend_utils.py, compute_conv_transpose_output_shape: `(n - 1) * stride + kernel_size - 2 * pad + output_padding`.",
    tfjs: "Conv2DTranspose has no outputPadding (ConvLayerArgs ignores it): kernelSize 3, strides 2, outputPadding 1 on 4 rows gives 9 (Keras 3: 10).",
    explains: (d) =>
      anyLayer(d, (l) => l.type === "conv2dTranspose" && l.outputPadding !== undefined) &&
      ((d.kind === "validity" && tfCompleted(d) && /: outputPadding must be smaller than strides on every axis/.test(sfError(d) ?? "")) ||
        (d.kind === "value" && valuePairs(d)?.every(([a, b]) => typeof a === "number" && typeof b === "number") === true)),
    example: fn([{ shape: [4, 4, 3] }], [{ type: "conv2dTranspose", filters: 4, kernelSize: 3, strides: 2, outputPadding: 1 }], [[0]]),
  },
  {
    id: "tfjs-depthwise-kernel-name",
    description: "DepthwiseConv2D's kernel: Keras 3 names it `kernel`; TF.js (like Keras 2) `depthwise_kernel`. Same shape.",
    keras3:
      "keras/src/layers/convolutional/base_depthwise_conv.py, build: `self.kernel = self.add_weight(name=\"kernel\", shape=depthwise_shape, ...)`. (SeparableConv keeps `depthwise_kernel` and `pointwise_kernel` in Keras 3 too.)",
    tfjs: "DepthwiseConv2D.build: `this.depthwiseKernel = this.addWeight('depthwise_kernel', ...)`.",
    explains: (d) =>
      d.kind === "weightNames" &&
      d.sf.layers!.every((l, k) =>
        l.weights.every(([name], i) => {
          const other = d.tf.layers![k]!.weights[i]![0];
          return name === other || (layersOf(d)[k]!.type === "depthwiseConv2d" && name === "kernel" && other === "depthwise_kernel");
        }),
      ),
    example: fn([{ shape: [5, 5, 3] }], [{ type: "depthwiseConv2d", kernelSize: 3 }], [[0]]),
  },
  {
    id: "average-pooling-needs-pool-size",
    description: "AveragePooling2D without `poolSize`: Keras 3 requires it (no default); TF.js uses 2.",
    keras3: "keras/src/layers/pooling/average_pooling2d.py: `def __init__(self, pool_size, strides=None, ...)`, no default (MaxPooling2D has pool_size=(2, 2)).",
    tfjs: "Pooling2D's constructor: `const poolSize = (args.poolSize == null) ? [2, 2] : args.poolSize`.",
    explains: (d) => d.kind === "validity" && tfCompleted(d) && /^AveragePooling2D needs poolSize \(Keras 3 gives average pooling no default window\)/.test(sfError(d) ?? ""),
    example: fn([{ shape: [4, 4, 3] }], [{ type: "averagePooling2d" }], [[0]]),
  },
  {
    id: "tfjs-1d-pooling-ignores-data-format",
    description:
      "MaxPooling1D, AveragePooling1D, GlobalMaxPooling1D or GlobalAveragePooling1D with `dataFormat: \"channelsFirst\"`: Keras 3 pools the last axis ((batch, features, steps)); TF.js has no dataFormat for 1D pooling and pools axis 1 as if channels were last.",
    keras3:
      "keras/src/layers/pooling/max_pooling1d.py, average_pooling1d.py, global_max_pooling1d.py and global_average_pooling1d.py take data_format; base_pooling.py passes it to compute_pooling_output_shape, base_global_pooling.py keeps `input_shape[1]` for channels_first.",
    tfjs: "Pooling1DLayerArgs has no dataFormat, and GlobalPooling1D takes LayerArgs only: maxPooling1d on (None, 3, 5) channelsFirst gives [null, 1, 5] (Keras 3: [null, 3, 2]), globalMaxPooling1d [null, 5] (Keras 3: [null, 3]).",
    explains: (d) =>
      // With keepdims too, tfjs-global-pooling-ignores-keepdims is the difference that shows.
      anyLayer(
        d,
        (l) =>
          (isPooling1d(l) || ((l.type === "globalMaxPooling1d" || l.type === "globalAveragePooling1d") && l.keepdims !== true)) &&
          "dataFormat" in l &&
          l.dataFormat === "channelsFirst",
      ) &&
      (d.kind === "value" ||
        // The steps axis is too short for the window; TF.js pools the channels axis instead,
        (d.kind === "validity" && tfCompleted(d) && /^(Sequential layer \d+: )?(Max|Average)Pooling1D: the pool window spans \d+ along axis 2 \(steps\)/.test(sfError(d) ?? "")) ||
        // or the channels axis is, and TF.js's Sequential rejects the negative size.
        (d.kind === "validity" && sfCompleted(d) && /^Negative dimension size caused by adding layer (max_pooling1d_MaxPooling1D|average_pooling1d_AveragePooling1D)\d+ /.test(tfError(d) ?? ""))),
    example: fn([{ shape: [3, 5] }], [{ type: "maxPooling1d", dataFormat: "channelsFirst" }], [[0]]),
  },
  {
    id: "tfjs-global-pooling-ignores-keepdims",
    description: "Global pooling with `keepdims: true`: Keras 3 keeps each spatial axis as 1 ((batch, 1, 1, channels)); TF.js has no keepdims and drops them.",
    keras3: "keras/src/layers/pooling/base_global_pooling.py, compute_output_shape: `if self.keepdims: return (input_shape[0],) + (1,) * num_spatial_dims + (input_shape[-1],)`.",
    tfjs: "GlobalPooling2DLayerArgs has only dataFormat: globalAveragePooling2d({ keepdims: true }) on (None, 5, 5, 3) gives [null, 3].",
    explains: (d) => {
      const [a, b] = [d.sf.values[d.at], d.tf.values[d.at]];
      return (
        d.kind === "value" &&
        anyLayer(d, (l) => isGlobalPooling(l) && l.keepdims === true) &&
        flatValue(a).length > flatValue(b).length
      );
    },
    example: fn([{ shape: [5, 5, 3] }], [{ type: "globalAveragePooling2d", keepdims: true }], [[0]]),
  },
  {
    id: "tfjs-cropping-leaves-nothing",
    description: "Cropping2D that crops an axis to nothing (or less): Keras 3 raises; TF.js gives a size of 0 or a negative one.",
    keras3:
      "keras/src/layers/reshaping/cropping2d.py, compute_output_shape: `if input_shape[1] is not None and sum(self.cropping[0]) >= input_shape[1] ...: raise ValueError(\"Values in `cropping` argument should be smaller than the corresponding spatial dimension of the input\")`.",
    tfjs: "Cropping2D.computeOutputShape subtracts the margins unchecked: cropping [[2, 1], [1, 1]] on (None, 2, 5, 3) gives [null, -1, 3, 3].",
    explains: (d) => d.kind === "validity" && tfCompleted(d) && /^(Sequential layer \d+: )?Cropping2D: cropping \d+ \+ \d+ from axis \d+ \(\w+\) of size \d+ leaves nothing/.test(sfError(d) ?? ""),
    example: fn([{ shape: [2, 5, 3] }], [{ type: "cropping2d", cropping: [[2, 1], [1, 1]] }], [[0]]),
  },
  {
    id: "tfjs-cropping-unknown-size",
    description:
      "Cropping2D of an unknown (None) axis: Keras 3 keeps it None; TF.js subtracts the margins from null and gives 0 or a negative size (which its Sequential then rejects as a negative dimension).",
    keras3: "keras/src/layers/reshaping/cropping2d.py, compute_output_shape: `input_shape[1] - self.cropping[0][0] - self.cropping[0][1] if input_shape[1] is not None else None`.",
    tfjs: "Cropping2D.computeOutputShape: `inputShape[1] - this.cropping[0][0] - this.cropping[0][1]` with null taken as 0: cropping 1 on (None, None, 5, 3) gives [null, -2, 3, 3].",
    explains: (d) =>
      (d.kind === "value" &&
        anyLayer(d, (l) => l.type === "cropping2d") &&
        valuePairs(d)?.every(([a, b]) => a === null && typeof b === "number" && b <= 0) === true) ||
      // A Sequential checks its output for negative sizes as each layer is added.
      (d.kind === "validity" &&
        sfCompleted(d) &&
        /^Negative dimension size caused by adding layer cropping2d_Cropping2D\d+ with input shape \[[\d,]*\]/.test(tfError(d) ?? "") &&
        callsOf(d, "cropping2d").some(({ layer, shapes }) => {
          const s = shapes[0]!;
          const sp = "dataFormat" in layer && layer.dataFormat === "channelsFirst" ? s.slice(2) : s.slice(1, -1);
          return sp.includes(null);
        })),
    example: fn([{ shape: [null, 5, 3] }], [{ type: "cropping2d", cropping: 1 }], [[0]]),
  },
  {
    id: "tfjs-cropping2d-no-default",
    description: "Cropping2D without `cropping`: Keras 3 crops nothing (the default is ((0, 0), (0, 0))); TF.js crashes reading the missing option.",
    keras3: "keras/src/layers/reshaping/cropping2d.py: `def __init__(self, cropping=((0, 0), (0, 0)), data_format=None, **kwargs)`.",
    tfjs: "The Cropping2D constructor reads `args.cropping[0]` unguarded: TypeError 'Cannot read properties of undefined (reading '0')'.",
    explains: (d) =>
      d.kind === "validity" &&
      sfCompleted(d) &&
      stepAt(d).op === "layer" &&
      anyLayer(d, (l) => l.type === "cropping2d" && l.cropping === undefined) &&
      /Cannot read properties of undefined/.test(tfError(d) ?? ""),
    example: fn([{ shape: [5, 5, 3] }], [{ type: "cropping2d" }], [[0]]),
  },
  {
    id: "tfjs-mixed-margins",
    description:
      "ZeroPadding2D or Cropping2D with a margin that mixes a number and a [before, after] pair (`[[1, 2], 3]`): Keras 3 reads the number as both sides of its axis; TF.js's ZeroPadding2D rejects it or (a number before a pair) adds the number to the pair as strings, and its Cropping2D gives NaN sizes.",
    keras3:
      "keras/src/layers/reshaping/zero_padding2d.py and cropping2d.py: each entry goes through `argument_validation.standardize_tuple(entry, 2, ...)`, which turns an int into (n, n).",
    tfjs: "ZeroPadding2D: ValueError 'ZeroPadding2D expects height padding to be a length-2 array' for a pair before a number; padding [2, [3, 0]] gives cols \"23,03,0\"; Cropping2D indexes `cropping[1][0]` of a number (undefined), so the size is NaN.",
    explains: (d) => {
      const mixed = (m: unknown) => Array.isArray(m) && m.some((e) => typeof e === "number") && m.some((e) => Array.isArray(e));
      if (!anyLayer(d, (l) => (l.type === "zeroPadding2d" && mixed(l.padding)) || (l.type === "cropping2d" && mixed(l.cropping)))) return false;
      if (d.kind === "validity") return sfCompleted(d) && /ZeroPadding2D expects (height|width) padding to be a length-2 array/.test(tfError(d) ?? "");
      // Whatever TF.js makes of it: NaN, a string (ZeroPadding2D adds a number to a pair: 2 + [3, 0]
      // is "23,0"), or a size computed from the wrong entries.
      return d.kind === "value" && valuePairs(d) !== undefined;
    },
    example: fn([{ shape: [5, 5, 3] }], [{ type: "cropping2d", cropping: [[1, 2], 1] }], [[0]]),
  },
  {
    id: "tfjs-upsampling-size-number",
    description: "UpSampling2D with one number as `size` (both axes): Keras 3 reads it as (n, n); TF.js indexes it as a pair and gives NaN sizes (printed as null).",
    keras3: "keras/src/layers/reshaping/up_sampling2d.py: `self.size = argument_validation.standardize_tuple(size, 2, \"size\")`.",
    tfjs: "UpSampling2D keeps `args.size` as it is and computes `this.size[0] * inputShape[1]`: size 3 on (None, 9, 7, 9) gives [null, NaN, NaN, 9].",
    explains: (d) =>
      d.kind === "value" &&
      anyLayer(d, (l) => l.type === "upSampling2d" && typeof l.size === "number") &&
      valuePairs(d)?.every(([a, b]) => typeof a === "number" && (b === null || Number.isNaN(b))) === true,
    example: fn([{ shape: [4, 5, 3] }], [{ type: "upSampling2d", size: 3 }], [[0]]),
  },
  {
    id: "tfjs-upsampling-interpolations",
    description: "UpSampling2D with interpolation `bicubic`, `lanczos3` or `lanczos5`: Keras 3 accepts them (the shape is the same); TF.js knows only `nearest` and `bilinear`.",
    keras3: "keras/src/layers/reshaping/up_sampling2d.py: interpolation is 'one of \"bicubic\", \"bilinear\", \"lanczos3\", \"lanczos5\", \"nearest\"', passed to ops.image.resize.",
    tfjs: "checkInterpolationFormat: ValueError 'bicubic is not a valid InterpolationFormat.  Valid values are nearest,bilinear or null/undefined.'",
    explains: (d) => d.kind === "validity" && sfCompleted(d) && /is not a valid InterpolationFormat/.test(tfError(d) ?? ""),
    example: fn([{ shape: [4, 5, 3] }], [{ type: "upSampling2d", interpolation: "bicubic" }], [[0]]),
  },
  {
    id: "tfjs-reshape-needs-known-batch",
    description:
      "Reshape of an input whose batch axis is None (the usual case) but whose other axes are known: Keras 3 infers the -1 and checks the element count; TF.js does either only when every axis, the batch included, is known, so it leaves the -1 as null and takes any count.",
    keras3:
      "keras/src/layers/reshaping/reshape.py, compute_output_shape: `compute_reshape_output_shape(input_shape[1:], self.target_shape, ...)` (the batch axis left out); keras/src/ops/operation_utils.py infers -1 and raises 'The total size of the tensor must be unchanged' unless an axis of that is None.",
    tfjs: "Reshape.computeOutputShape: `if any input dim is unknown (the batch included) return [batch, ...targetShape]` with -1 as null; fixUnknownDimension (inference and the check) only otherwise.",
    explains: (d) => {
      // shapeflow's message names the input it could not reshape, batch axis first.
      if (d.kind === "validity")
        return tfCompleted(d) && /^(Sequential layer \d+: )?Reshape cannot (keep the element count|infer the -1 in targetShape \[[^\]]*\]): the input \(None,( [\d, ]+)?\)/.test(sfError(d) ?? "");
      return (
        d.kind === "value" &&
        callsOf(d, "reshape").some(({ shapes }) => shapes[0]![0] === null && shapes[0]!.slice(1).every((x) => x !== null)) &&
        valuePairs(d)?.every(([a, b]) => typeof a === "number" && b === null) === true
      );
    },
    example: fn([{ shape: [12] }], [{ type: "reshape", targetShape: [-1, 4] }], [[0]]),
  },
  // --- the sequence layers (issue #13) -------------------------------------------------------------------
  {
    id: "gru-reset-after",
    description:
      "GRU with Keras 3's default `resetAfter: true`: its bias is [2, 3 * units] (input and recurrent biases apart), 3u(F + u + 2) parameters; TF.js 4.22 has no reset_after: without the option it makes Keras 2's GRU (bias [3 * units], 3u(F + u + 1)), and `resetAfter: true` written out is refused when the layer is made. With `resetAfter: false` the two agree.",
    keras3:
      "keras/src/layers/rnn/gru.py: `GRU(..., reset_after=True)` and GRUCell.build: `if not self.reset_after: bias_shape = (3 * self.units,)` else `(2, 3 * self.units)`.",
    tfjs: "GRUCell's constructor: `if (args.resetAfter) throw new ValueError('GRUCell does not support reset_after parameter set to true.')`; its build makes the bias [3 * units].",
    explains: (d) => {
      const isGru = (l: LayerSpec | undefined): boolean =>
        (l?.type === "gru" && l.resetAfter !== false) || (l?.type === "bidirectional" && isGru(l.layer));
      if (d.kind === "validity")
        return sfCompleted(d) && /GRUCell does not support reset_after parameter set to true/.test(tfError(d) ?? "") && anyLayer(d, isGru);
      if (d.kind !== "weights") return false;
      const k = firstWeightsDifference(d);
      if (k === undefined || !isGru(layersOf(d)[k])) return false;
      // The same weights but each bias: [2, n] in Keras 3, [n] in TF.js.
      const [ours, theirs] = [d.sf.layers![k]!.weights, d.tf.layers![k]!.weights];
      return (
        ours.length === theirs.length &&
        ours.every(([name, shape], i) => {
          const other = theirs[i]![1];
          return name.endsWith("bias") ? shape.length === 2 && shape[0] === 2 && other.length === 1 && other[0] === shape[1] : JSON.stringify(shape) === JSON.stringify(other);
        })
      );
    },
    example: fn([{ shape: [5, 3] }], [{ type: "gru", units: 4 }], [[0]]),
  },

  // --- the everyday layers (issue #15): activation layers, noise, more poolings ---------------------------

  {
    id: "stricter-shared-prelu",
    description:
      "A PReLU without sharedAxes, already built (alpha sized by its first input), called again on an input of the same rank whose sizes alpha cannot take: Keras 3 and TF.js accept the call (the mismatch shows only when data flows); shapeflow rejects it, at run time (the types cannot know the layer was built), as for LayerNormalization (stricter-shared-layer-normalization).",
    keras3:
      "keras/src/layers/activations/prelu.py, build: `axes = {}; if self.shared_axes: ... axes[i] = input_shape[i]`, then `InputSpec(ndim=len(input_shape), axes=axes)`: without shared_axes only the rank is checked on later calls; compute_output_shape returns the input shape.",
    tfjs: "The same: PReLU.build fills the inputSpec's axes only when sharedAxes is given, so a second apply on (None, 8, 3) of a PReLU built on (None, 4, 3) gives (None, 8, 3).",
    explains: (d) =>
      d.kind === "validity" &&
      tfCompleted(d) &&
      anyLayer(d, (l) => l.type === "prelu" && l.sharedAxes === undefined) &&
      /^PReLU "\w+" already has weights .* from its first call, and they cannot take the input/.test(sfError(d) ?? ""),
    example: {
      kind: "functional",
      inputs: [{ shape: [4, 3] }, { shape: [8, 3] }],
      layers: [{ type: "prelu" }],
      calls: [
        { layer: 0, args: [0] },
        { layer: 0, args: [1] },
      ],
      outputs: [2, 3],
      modelInputs: [0, 1],
    },
  },
  {
    id: "tfjs-resizing-drops-batch",
    description:
      "Resizing of a batch of images (batch, rows, cols, channels): Keras 3 gives (batch, height, width, channels); TF.js's shape inference gives [height, width, cols], as for one unbatched image, so the model's later shapes are wrong (its bridge refuses the layer).",
    keras3:
      "keras/src/layers/preprocessing/image_preprocessing/resizing.py, compute_output_shape: `if len(input_shape) == 4: ... input_shape[1] = self.height; input_shape[2] = self.width` (channels last), the batch and channels kept.",
    tfjs: "Resizing.computeOutputShape (layers/preprocessing/image_resizing.ts): `const numChannels = inputShape[2]; return [this.height, this.width, numChannels]`: resizing({ height: 8, width: 6 }) on (None, 4, 3, 2) gives [8, 6, 3].",
    explains: (d) => {
      if (!anyLayer(d, (l) => l.type === "resizing")) return false;
      const [a, b] = [flatValue(d.sf.values[d.at]), flatValue(d.tf.values[d.at])];
      // The resizing's value, or (a Sequential that goes on) whatever TF.js makes of the wrong shape after it.
      return (d.kind === "value" && a.length === 4 && b.length === 3 && a[1] === b[0] && a[2] === b[1]) || (d.kind === "validity" && sfCompleted(d) && stepAt(d).op !== "call" && tfError(d) !== undefined);
    },
    example: fn([{ shape: [4, 3, 2] }], [{ type: "resizing", height: 8, width: 6 }], [[0]]),
  },
];

/**
 * Default names are not a divergence of shapes but are compared too: shapeflow's must be Keras 3's
 * (`dense`, `dense_1`, ...), TF.js's are its own (`dense_Dense1`).
 */
export const namesDifference = {
  id: "default-names",
  description: "Default layer names: shapeflow gives Keras 3's (dense, dense_1, flatten, ...); TF.js gives `<snake_case>_<ClassName><n>` (dense_Dense1), n counting every layer of that class made so far.",
  keras3:
    "keras/src/utils/naming.py, auto_name/uniquify: the snake_case class name, then _1, _2, ... per name (reset by keras.backend.clear_session()).",
  tfjs: "Layer constructor: `generic_utils.toSnakeCase(prefix) + '_' + getUid(prefix)` with prefix the class name (engine/topology.ts).",
} as const;

/** Keras 3's `to_snake_case` (keras/src/utils/naming.py): `Conv2DTranspose` is `conv2d_transpose`. */
const keras3Snake = (name: string): string =>
  name.replace(/(.)([A-Z][a-z]+)/g, "$1_$2").replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();
/** TF.js's `toSnakeCase` (utils/generic_utils.ts), which also counts digits as lower case. */
const tfjsSnake = (name: string): string =>
  name.replace(/(.)([A-Z][a-z0-9]+)/g, "$1_$2").replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();

/**
 * The names Keras 3 gives `layers` made in order after `clear_session()`: `dense`, `dense_1`, `flatten`, ...
 * A wrapper's layer is made before it and takes a name too: `TimeDistributed(Dense(4))` is `time_distributed`
 * around `dense`, and the next Dense is `dense_1`.
 */
export const keras3Names = (layers: readonly LayerSpec[]): string[] => {
  const counts = new Map<string, number>();
  const name = (l: LayerSpec): string => {
    const inner = wrappedLayer(l);
    if (inner !== undefined) name(inner);
    const base = keras3Snake(layerKinds[l.type].className);
    const n = counts.get(base) ?? 0;
    counts.set(base, n + 1);
    return n === 0 ? base : `${base}_${n}`;
  };
  return layers.map(name);
};
/** Whether a TF.js name is its default for the layer: `dense_Dense12`, `conv2d_transpose_Conv2DTranspose1`. */
export const isTfjsDefaultName = (name: string, l: LayerSpec): boolean => {
  const c = layerKinds[l.type].className;
  return new RegExp(`^${tfjsSnake(c)}_${c}\\d+$`).test(name);
};

// --- what the types cannot see ------------------------------------------------------------------------------

/** A runtime error that the compiler does not report, by design, at the step where the runtime threw it. */
export interface TypeDifference {
  readonly id: string;
  readonly description: string;
  /** Why the types cannot see it. */
  readonly why: string;
  /** The runtime's message is one of these. */
  readonly explains: (runtimeError: string, step: Step) => boolean;
  /**
   * Where the compiler does see the mistake, but in its own words (the option's type already leaves
   * the value out): its error at the failing statement matches this. Without it, no error is expected
   * up to that statement.
   */
  readonly compilerSays?: RegExp;
}

export const typeDifferences: readonly TypeDifference[] = [
  {
    id: "shared-layer-runtime-only",
    description: "A layer called a second time on an input its weights (from the first call) cannot take, or (BatchNormalization) of another rank.",
    why: "A layer's type is made once, before it is called, and a call does not change it, so the types cannot remember the first call's weights (docs/keras-differences.md, 'What only the runtime can check').",
    explains: (m, s) =>
      s.op === "call" && /already has weights .* from its first call, and they cannot take the input|was built on an input of rank \d+ by its first call/.test(m),
  },
  {
    id: "graph-disconnected-runtime-only",
    description: "model({ inputs, outputs }) whose outputs depend on an input() left out of inputs.",
    why: "A tensor's type carries its shape, not the inputs it came from, so model()'s signature cannot tell which input() an output needs (docs/keras-differences.md, 'What only the runtime can check').",
    explains: (m, s) => s.op === "model" && /^model: graph disconnected: /.test(m),
  },
  {
    id: "option-type-excludes-value",
    description:
      "An option whose TypeScript type already leaves the value out: `padding: \"causal\"` on a layer other than Conv1D (Padding is \"valid\" | \"same\"), AveragePooling2D without its required poolSize. The runtime throws shapeflow's message for plain JavaScript callers; the compiler rejects the statement with its own.",
    why: "A value outside an option's declared type fails the call's overload before shapeflow's checks run, so the compiler reports it in its words; that is the right statement and says what is wrong.",
    explains: (m, s) =>
      s.op === "layer" && /^\w+: padding must be one of "valid", "same", but got "causal"\.|^AveragePooling2D needs poolSize \(Keras 3 gives average pooling no default window\)/.test(m),
    compilerSays: /Type '"causal"' is not assignable to type '"valid" \| "same"'|Type '"causal"' is not assignable to type 'Padding'|Property 'poolSize' is missing/,
  },
];

/**
 * A compile error after the statement where the runtime stopped, that is not a second mistake of the
 * spec but an echo of the first one. Such echoes are what `OkShape` (a failed call yields `never`) is
 * there to prevent, so each is a bug.
 */
export interface TypeCascade {
  readonly id: string;
  readonly description: string;
  /** `text`: the later error; `step`: its statement; `failed`: the statement the runtime threw at. */
  readonly explains: (text: string, step: Step, failed: Step) => boolean;
  /** Specs that show it (their statements after the failing one should compile, and do not). */
  readonly examples: readonly Spec[];
}

export const typeCascades: readonly TypeCascade[] = [
  {
    id: "fixed-sequential-error-echoed-as-no-input-shape",
    description:
      "Fixed, kept as a regression test: when the compiler rejected `sequential({ layers })`, or the `.add` of the layer that declares the input, the result's type falls back to `Sequential<undefined, []>` (the overload without layers, or the model before the add), so a later `countParams()` or `summary()` is a second error, saying the model has no input shape, which is not the mistake: its first layer has one. A layers list whose layer cannot take its input, and a later failing `.add`, now give a model whose output is `Failed<sentence>`, and its `countParams()`/`summary()` say that sentence once more on purpose (in a helper generic over its tensor nothing else would: docs/soundness.md), so only the first example, whose failing add is the one that declares the input, stays silent after it.",
    explains: (text, step, failed) =>
      step.op === "countParams" &&
      (failed.op === "seqAdd" || failed.op === "seqLayers") &&
      /The 'this' context of type 'Sequential<undefined, .*' is not assignable to method's 'this' of type '"Sequential: the model has no input shape/.test(text),
    examples: [
      // sequential().add(dense({ units: 4, inputShape: [null] })).add(dense({ units: 1 })).countParams()
      { kind: "sequential", style: "add", layers: [{ type: "dense", units: 4, inputShape: [null] }, { type: "dense", units: 1 }] },
    ],
  },
];
