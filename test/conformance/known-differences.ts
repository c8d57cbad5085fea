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
import type { Dim, InputSpec, LayerSpec, Outcome, Spec, Step, Value } from "./spec.js";

// --- what the rules look at -------------------------------------------------------------------------------

/** The first place where the two runs differ. */
export interface Divergence {
  readonly spec: Spec;
  readonly steps: readonly Step[];
  readonly sf: Outcome;
  readonly tf: Outcome;
  /** The step at which they differ (for "params" and "total", the model's last step). */
  readonly at: number;
  /**
   * `validity`: one threw at this step and the other did not; `value`: both completed it with different
   * results; `params`: a layer's parameter count differs; `total`: the model's count differs.
   */
  readonly kind: "validity" | "value" | "params" | "total";
}

const stepAt = (d: Divergence): Step => d.steps[d.at]!;
/** The error a run threw at the divergence, if it threw there. */
const errorAt = (o: Outcome, d: Divergence): string | undefined => (o.error?.step === d.at ? o.error.message : undefined);
const sfError = (d: Divergence) => errorAt(d.sf, d);
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
    description: "A merge layer (Add, Concatenate) called on a list of one tensor: Keras 3 accepts it (the output is that tensor's shape); TF.js needs at least 2.",
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
    explains: (d) => d.kind === "validity" && tfCompleted(d) && /must be a positive integer or null, but got 0\./.test(sfError(d) ?? ""),
    example: fn([{ shape: [0, 3] }], [{ type: "flatten" }], [[0]]),
  },
  {
    id: "tfjs-unchecked-sizes",
    description: "A negative or fractional size: Keras 3 and shapeflow reject it; TF.js takes it (and fails only if a weight needs it).",
    keras3:
      "keras/src/backend/common/variables.py, standardize_shape: 'Cannot convert ... to a shape. Found invalid entry' for a non-integer, 'Negative dimensions are not allowed' for e < 0 (InputLayer calls it on shape and batch_shape).",
    tfjs: "tf.input({ shape: [-1, 3] }) gives [null, -1, 3]; tf.input({ shape: [2.5] }) gives [null, 2.5].",
    explains: (d) =>
      d.kind === "validity" && tfCompleted(d) && /must be a positive integer or null, but got (-\d|\d*\.\d)/.test(sfError(d) ?? ""),
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

/** The names Keras 3 gives `layers` made in order after `clear_session()`: `dense`, `dense_1`, `flatten`, ... */
export const keras3Names = (layers: readonly LayerSpec[]): string[] => {
  const counts = new Map<string, number>();
  return layers.map((l) => {
    const n = counts.get(l.type) ?? 0;
    counts.set(l.type, n + 1);
    return n === 0 ? l.type : `${l.type}_${n}`;
  });
};
const className: Record<LayerSpec["type"], string> = {
  dense: "Dense",
  activation: "Activation",
  dropout: "Dropout",
  flatten: "Flatten",
  add: "Add",
  concatenate: "Concatenate",
};
/** Whether a TF.js name is its default for the layer: `dense_Dense12`. */
export const isTfjsDefaultName = (name: string, l: LayerSpec): boolean => new RegExp(`^${l.type}_${className[l.type]}\\d+$`).test(name);

// --- what the types cannot see ------------------------------------------------------------------------------

/** A runtime error that the compiler does not report, by design, at the step where the runtime threw it. */
export interface TypeDifference {
  readonly id: string;
  readonly description: string;
  /** Why the types cannot see it. */
  readonly why: string;
  /** The runtime's message is one of these. */
  readonly explains: (runtimeError: string, step: Step) => boolean;
}

export const typeDifferences: readonly TypeDifference[] = [
  {
    id: "shared-layer-runtime-only",
    description: "A layer called a second time on an input its weights (from the first call) cannot take.",
    why: "A layer's type is made once, before it is called, and a call does not change it, so the types cannot remember the first call's weights (docs/keras-differences.md, 'What only the runtime can check').",
    explains: (m, s) => s.op === "call" && /already has weights .* from its first call, and they cannot take the input/.test(m),
  },
  {
    id: "graph-disconnected-runtime-only",
    description: "model({ inputs, outputs }) whose outputs depend on an input() left out of inputs.",
    why: "A tensor's type carries its shape, not the inputs it came from, so model()'s signature cannot tell which input() an output needs (docs/keras-differences.md, 'What only the runtime can check').",
    explains: (m, s) => s.op === "model" && /^model: graph disconnected: /.test(m),
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
      "Fixed, kept as a regression test: when the compiler rejected `sequential({ layers })`, or the `.add` of the layer that declares the input, the result's type falls back to `Sequential<undefined, []>` (the overload without layers, or the model before the add), so a later `countParams()` or `summary()` is a second error, saying the model has no input shape, which is not the mistake: its first layer has one. (A later failing `.add` falls back to the model before it, which has an input shape, and does not echo.)",
    explains: (text, step, failed) =>
      step.op === "countParams" &&
      (failed.op === "seqAdd" || failed.op === "seqLayers") &&
      /The 'this' context of type 'Sequential<undefined, .*' is not assignable to method's 'this' of type '"Sequential: the model has no input shape/.test(text),
    examples: [
      // sequential().add(dense({ units: 4, inputShape: [null] })).add(dense({ units: 1 })).countParams()
      { kind: "sequential", style: "add", layers: [{ type: "dense", units: 4, inputShape: [null] }, { type: "dense", units: 1 }] },
      // sequential({ layers: [dense({ units: 4, inputShape: [3] }), dense({ units: 2, inputShape: [5] })] }).countParams()
      {
        kind: "sequential",
        style: "layers",
        layers: [
          { type: "dense", units: 4, inputShape: [3] },
          { type: "dense", units: 2, inputShape: [5] },
        ],
      },
    ],
  },
];
