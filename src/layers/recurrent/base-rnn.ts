/**
 * What SimpleRNN, LSTM and GRU share (Keras 3's rnn/rnn.py and its cells): the input is
 * `(batch, steps, features)`; the output is `(batch, units)`, or `(batch, steps, units)` with
 * `returnSequences`; `returnState` adds the final states, each `(batch, units)`: `[output, h]`, or
 * `[output, h, c]` for an LSTM. A cell of `g` gates has a kernel `[features, g * units]`, a recurrent
 * kernel `[units, g * units]` and a bias `[g * units]` (GRU with `resetAfter`, Keras 3's default:
 * `[2, 3 * units]`).
 *
 * ```ts
 * const x = input({ shape: [null, 16] });                        // SymbolicTensor<[null, null, 16]>
 * const [out, h, c] = lstm({ units: 8, returnState: true })(x);  // each SymbolicTensor<[null, 8]>
 * ```
 */
import type { Mul } from "../../core/arith.js";
import type { declaredOf, flag, opt, switchOn, weightIf } from "../../core/config.js";
import { fail, type firstErr, type OptionErr, type ShapeErr } from "../../core/errors.js";
import { declaredInput, type InputSpecOptions } from "../../core/input-spec.js";
import { describe, initialState, SingleInputLayer, type BaseLayerOptions, type MultiRule, type severalOutputs, type WeightSpec } from "../../core/layer.js";
import { SymbolicTensor } from "../../core/tensor.js";
import { firstDisagreement } from "../../core/shape.js";
import { baseKeys, checkKeys, checkPositive, formatOption, inputKeys } from "../../core/options.js";
import { checkBoolean } from "../../core/read-options.js";
import { formatShape, type Dim, type Shape } from "../../core/shape.js";
import { badTrainingOption, initializer, serializeOption, snake, type TrainingIdentifier } from "../../core/keras-config.js";
import { badChoice } from "../../core/conv.js";
import { dtypes } from "../../core/read-options.js";
import { checkActivation, type ActivationIdentifier } from "../core/activation.js";

/** The options SimpleRNN, LSTM and GRU share. */
export interface RecurrentOptions extends BaseLayerOptions, InputSpecOptions, RecurrentTrainingOptions {
  /** The size of the state, and of the output's last axis. */
  readonly units: number;
  /** Applied to the output and the candidate state. Default `tanh`. */
  readonly activation?: ActivationIdentifier;
  /** Whether the cell adds biases. Default `true`. */
  readonly useBias?: boolean;
  /** Return the output of every step, `(batch, steps, units)`, not only the last, `(batch, units)`. Default `false`. */
  readonly returnSequences?: boolean;
  /** Also return the final states: `[output, h]`, or `[output, h, c]` for an LSTM. Default `false`. */
  readonly returnState?: boolean;
  /** Read the sequence backwards (the returned sequence is in reversed order). Default `false`. */
  readonly goBackwards?: boolean;
  /** Keep each sample's last state as the next batch's initial state; needs a fixed batch size. Default `false`. */
  readonly stateful?: boolean;
  /** Unroll the loop over the steps (faster for short sequences; needs a known number of steps to run). Default `false`. */
  readonly unroll?: boolean;
  /** Fraction of the inputs dropped in training, from 0 to 1. Default 0. */
  readonly dropout?: number;
  /** Fraction of the recurrent state dropped in training, from 0 to 1. Default 0. */
  readonly recurrentDropout?: number;
}

/** The training-only options of a recurrent layer, passed to TensorFlow.js unchanged. */
export interface RecurrentTrainingOptions {
  /** How the kernel starts: default `glorotUniform` (Keras 3; TF.js's own default is `glorotNormal`). */
  readonly kernelInitializer?: TrainingIdentifier;
  /** How the recurrent kernel starts: default `orthogonal`. */
  readonly recurrentInitializer?: TrainingIdentifier;
  /** How the bias starts: default `zeros`. */
  readonly biasInitializer?: TrainingIdentifier;
  readonly kernelRegularizer?: TrainingIdentifier;
  readonly recurrentRegularizer?: TrainingIdentifier;
  readonly biasRegularizer?: TrainingIdentifier;
  readonly activityRegularizer?: TrainingIdentifier;
  readonly kernelConstraint?: TrainingIdentifier;
  readonly recurrentConstraint?: TrainingIdentifier;
  readonly biasConstraint?: TrainingIdentifier;
  /** The type of the weights and computations; default `float32`. */
  readonly dtype?: "float32" | "int32" | "bool" | "string";
}
export const recurrentTrainingKeys = [
  "kernelInitializer", "recurrentInitializer", "biasInitializer", "kernelRegularizer", "recurrentRegularizer",
  "biasRegularizer", "activityRegularizer", "kernelConstraint", "recurrentConstraint", "biasConstraint", "dtype",
] as const;
export const recurrentKeys = [
  "units", "activation", "useBias", "returnSequences", "returnState", "goBackwards", "stateful", "unroll",
  "dropout", "recurrentDropout", ...baseKeys, ...inputKeys, ...recurrentTrainingKeys,
] as const;
/** The switches every recurrent layer reads (checked as booleans at run time). */
const switches = ["returnSequences", "returnState", "goBackwards", "stateful", "unroll"] as const;

/** The part of the options a recurrent layer's type keeps: `LSTM<{ units: 8; returnState: true }>`. */
export type RecurrentConfigKey = "units" | "useBias" | "returnSequences" | "returnState" | "stateful" | "resetAfter";

// --- messages --------------------------------------------------------------------------------------

export type rnnRank<layer extends string, got extends string, rank extends string> =
  `${layer} needs (batch, steps, features), an input of rank 3, but got ${got} of rank ${rank}. Fix: give each sample a time axis and a feature axis, e.g. input({ shape: [10, 8] }) makes (None, 10, 8); for token ids, put embedding({ inputDim, outputDim }) first.`;
export const rnnRank = <layer extends string, got extends string, rank extends string>(layer: layer, got: got, rank: rank): rnnRank<layer, got, rank> =>
  `${layer} needs (batch, steps, features), an input of rank 3, but got ${got} of rank ${rank}. Fix: give each sample a time axis and a feature axis, e.g. input({ shape: [10, 8] }) makes (None, 10, 8); for token ids, put embedding({ inputDim, outputDim }) first.`;

export type rnnFeatures<layer extends string, got extends string> =
  `${layer} needs the features axis (the last) of its input defined, since its kernel is [features, units times the gates], but got ${got}. Fix: give the last axis a size in the input shape; batch and steps may be None.`;
export const rnnFeatures = <layer extends string, got extends string>(layer: layer, got: got): rnnFeatures<layer, got> =>
  `${layer} needs the features axis (the last) of its input defined, since its kernel is [features, units times the gates], but got ${got}. Fix: give the last axis a size in the input shape; batch and steps may be None.`;

export type statefulBatch<layer extends string, got extends string> =
  `${layer}: stateful: true keeps each sample's state from one batch to the next, so the batch size must be fixed (as in Keras 3), but got ${got}. Fix: give the input a batch size, input({ shape: [...], batchSize: 32 }) (or batchSize: 32 beside inputShape on the first layer), or leave stateful out.`;
export const statefulBatch = <layer extends string, got extends string>(layer: layer, got: got): statefulBatch<layer, got> =>
  `${layer}: stateful: true keeps each sample's state from one batch to the next, so the batch size must be fixed (as in Keras 3), but got ${got}. Fix: give the input a batch size, input({ shape: [...], batchSize: 32 }) (or batchSize: 32 beside inputShape on the first layer), or leave stateful out.`;

export type badFraction<layer extends string, option extends string, got extends string> =
  `${layer}: ${option} is a fraction to drop in training and must be between 0 and 1, but got ${got}. Fix: use e.g. ${option}: 0.2, or leave it out for 0.`;
export const badFraction = <layer extends string, option extends string, got extends string>(layer: layer, option: option, got: got): badFraction<layer, option, got> =>
  `${layer}: ${option} is a fraction to drop in training and must be between 0 and 1, but got ${got}. Fix: use e.g. ${option}: 0.2, or leave it out for 0.`;

type unitsMeaning = "the size of the state and of the output's last axis";
const unitsMeaning: unitsMeaning = "the size of the state and of the output's last axis";

// --- type-level rule ---------------------------------------------------------------------------------

/** The output of every step, or of the last: `(batch, steps, units)` or `(batch, units)`. */
type sequenceOut<seq, b, t, u> = switchOn<seq, [b, t, u], [b, u]>;
/** `[output]`, or with `returnState` `[output, ...states]`, each state `(batch, units)`. */
type withStates<o, state, n, h> = switchOn<state, n extends 2 ? [o, h, h] : [o, h], [o]>;

/**
 * The output shapes of a recurrent layer on input `s`: `[output]`, `[output, h]` or `[output, h, c]`,
 * or a `ShapeErr`. An input of unknown rank gives outputs of unknown rank (the runtime checks it).
 */
export type rnnOutputs<layer extends string, s, u, seq, state, n, stateful> = s extends Shape
  ? number extends s["length"]
    ? withStates<Dim[], state, n, Dim[]>
    : s extends readonly [infer b, infer t, infer f]
      ? [f] extends [null]
        ? ShapeErr<rnnFeatures<layer, formatShape<s>>>
        : [stateful] extends [true]
          ? [b] extends [null]
            ? ShapeErr<statefulBatch<layer, formatShape<s>>>
            : withStates<sequenceOut<seq, b, t, u>, state, n, [b, u]>
          : withStates<sequenceOut<seq, b, t, u>, state, n, [b, u]>
      : ShapeErr<rnnRank<layer, formatShape<s>, `${s["length"]}`>>
  : never;

/**
 * What a place that takes one tensor (a Sequential, a block) sees: the one output, the error of several
 * when `returnState` is `true`, or a shape of unknown rank when the compiler cannot tell.
 */
export type oneOutput<layer extends string, os, state> = [os] extends [ShapeErr<string>]
  ? os
  : [state] extends [false]
    ? os extends readonly [infer o] ? o : never
    : [state] extends [true]
      ? ShapeErr<severalOutputs<layer, os extends readonly unknown[] ? `${os["length"]}` : "several">>
      : Dim[];

/**
 * The rule of SimpleRNN (`g` 1 gate, `n` 1 state), LSTM (4, 2) and GRU (3, 1). `biasRows` is 2 for a
 * GRU with `resetAfter` (bias `[2, 3 * units]`), else 1.
 */
export interface RecurrentRule<layer extends string, g, n, u, seq, state, stateful, bias, twoBiases> extends MultiRule {
  readonly layer: layer;
  /** The switches Bidirectional compares between a layer and its `backwardLayer`, as Keras's `_verify_layer_config`. */
  readonly switches: { readonly stateful: stateful; readonly returnSequences: seq; readonly returnState: state };
  readonly outputs: rnnOutputs<layer, this["input"], u, seq, state, n, stateful>;
  readonly output: oneOutput<layer, this["outputs"], state>;
  readonly states: this["input"] extends readonly [infer b, Dim, Dim] ? (n extends 2 ? [[b, u], [b, u]] : [[b, u]]) : Dim[];
  readonly weights: this["input"] extends readonly [Dim, Dim, infer f]
    ? Mul<g, u> extends infer gu
      ? [["kernel", [f, gu]], ["recurrent_kernel", [u, gu]], ...weightIf<bias, ["bias", biasShape<twoBiases, gu>]>]
      : never
    : [];
}
type biasShape<two, gu> = two extends true ? [2, gu] : [gu];

/** The rule of a recurrent layer type's config `c`. */
export type recurrentRule<layer extends string, g, n, c> = RecurrentRule<
  layer,
  g,
  n,
  opt<c, "units", number>,
  flag<c, "returnSequences", false>,
  flag<c, "returnState", false>,
  flag<c, "stateful", false>,
  flag<c, "useBias", true>,
  layer extends "GRU" ? flag<c, "resetAfter", true> : false
>;
export type { declaredOf };

/** `"ok"` for a literal fraction from 0 to 1, or a non-literal `number`; an `OptionErr` otherwise. */
export type checkFraction<layer extends string, k extends string, r> = [r] extends [undefined]
  ? "ok"
  : number extends r
    ? "ok"
    : `${r & number}` extends "0" | "1" | `0.${string}` | `${number}e-${number}`
      ? `${r & number}` extends `-${string}` ? OptionErr<badFraction<layer, k, `${r & number}`>, k> : "ok"
      : OptionErr<badFraction<layer, k, `${r & number}`>, k>;

/** Everything that can be wrong with a recurrent layer's options, first problem first. */
export type checkRecurrent<layer extends string, o, keys extends readonly string[]> = firstErr<
  [
    checkKeys<layer, o, keys>,
    checkPositive<layer, "units", opt<o, "units", number>, unitsMeaning, "32">,
    checkFraction<layer, "dropout", o extends { readonly dropout: infer r } ? r : undefined>,
    checkFraction<layer, "recurrentDropout", o extends { readonly recurrentDropout: infer r } ? r : undefined>,
    declaredInput<layer, o>,
  ]
>;

// --- runtime twin ------------------------------------------------------------------------------------

/** The sequence options of a recurrent layer that every one of them keeps (SimpleRNN, LSTM, GRU and the ConvLSTMs). */
type SequenceOptions = Pick<RecurrentOptions, "returnSequences" | "returnState" | "goBackwards" | "stateful" | "dropout" | "recurrentDropout">;
/**
 * What a recurrent layer keeps of its sequence options, Keras's defaults filled in, and the training-only
 * options given (passed to TensorFlow.js unchanged).
 */
export const sequenceSettings = (o: SequenceOptions & RecurrentTrainingOptions) => ({
  returnSequences: o.returnSequences ?? false,
  returnState: o.returnState ?? false,
  goBackwards: o.goBackwards ?? false,
  stateful: o.stateful ?? false,
  dropout: o.dropout ?? 0,
  recurrentDropout: o.recurrentDropout ?? 0,
  trainingOptions: Object.fromEntries(Object.entries(o).filter(([k, v]) => (recurrentTrainingKeys as readonly string[]).includes(k) && v !== undefined)),
});

/** The runtime base of SimpleRNN, LSTM and GRU: `gates` per cell, `states` returned with `returnState`. */
export abstract class RecurrentLayer extends SingleInputLayer {
  declare readonly units: number;
  declare readonly activation: ActivationIdentifier;
  declare readonly useBias: boolean;
  declare readonly returnSequences: boolean;
  declare readonly returnState: boolean;
  declare readonly goBackwards: boolean;
  declare readonly stateful: boolean;
  declare readonly unroll: boolean;
  declare readonly dropout: number;
  declare readonly recurrentDropout: number;
  /** How many gates the cell has (1, 3 or 4): its kernels are `gates * units` wide. */
  abstract readonly gates: number;
  /** How many states `returnState` adds: 1, or 2 for an LSTM (h and c). */
  abstract readonly stateCount: number;
  /** The options the layer was made with (a Bidirectional makes its forward and backward copies from them). */
  declare readonly options: RecurrentOptions;
  /** A new layer of the same class and options, with `changes` (as Keras's Bidirectional clones the layer it wraps). */
  copy(changes: Partial<RecurrentOptions>): RecurrentLayer {
    return new (this.constructor as new (o: RecurrentOptions) => RecurrentLayer)({ ...this.options, ...changes });
  }

  constructor(o: RecurrentOptions, className: string, keys: readonly string[]) {
    checkKeys(className, o, keys);
    checkPositive(className, "units", o.units, unitsMeaning, "32");
    checkActivation(className, o.activation);
    for (const k of switches) checkBoolean(className, k, o[k]);
    checkDropouts(className, o);
    checkRecurrentTraining(className, o);
    super(o, className, declaredInput(className, o));
    Object.assign(this, {
      options: o,
      units: o.units,
      activation: o.activation ?? "tanh",
      useBias: o.useBias ?? true,
      unroll: o.unroll ?? false,
      ...sequenceSettings(o),
    });
  }

  /** The input, and the tensors of `{ initialState }` when given, checked against the states' shapes. */
  protected override inputOf(x: unknown, call?: unknown): { tensors: SymbolicTensor[]; shape: Shape } {
    const input = super.inputOf(x);
    const given = (call as { initialState?: unknown } | undefined)?.initialState;
    if (call === undefined || given === undefined) return input;
    const s = input.shape;
    const state: Shape = [s[0] ?? null, this.units];
    const states = Array.isArray(given) ? given : [given];
    const fits = states.length === this.stateCount && states.every((t) => t instanceof SymbolicTensor && t.shape.length === 2 && firstDisagreement(t.shape, state) === -1);
    if (!fits) {
      const got = `[${states.map((t) => (t instanceof SymbolicTensor ? formatShape(t.shape) : describe(t))).join(", ")}]`;
      fail(initialState(this.className, String(this.stateCount), formatShape(state), got), this.name);
    }
    return { tensors: [...input.tensors, ...(states as SymbolicTensor[])], shape: s };
  }

  override computeOutputShapes(s: Shape): Shape[] {
    if (s.length !== 3) fail(rnnRank(this.className, formatShape(s), String(s.length)), this.name);
    const [b, t, f] = s as [Dim, Dim, Dim];
    if (f === null) fail(rnnFeatures(this.className, formatShape(s)), this.name);
    if (this.stateful && b === null) fail(statefulBatch(this.className, formatShape(s)), this.name);
    const out: Shape = this.returnSequences ? [b, t, this.units] : [b, this.units];
    return this.returnState ? [out, ...Array.from({ length: this.stateCount }, (): Shape => [b, this.units])] : [out];
  }
  computeOutputShape(s: Shape): Shape {
    return this.computeOutputShapes(s)[0]!;
  }
  /** The bias's shape: `[gates * units]` (a GRU with `resetAfter` overrides it). */
  protected biasShape(): number[] {
    return [this.gates * this.units];
  }
  override weightSpecs(s: Shape): Record<string, WeightSpec> {
    const f = s[2] as number;
    const gu = this.gates * this.units;
    return {
      kernel: { shape: [f, gu] },
      recurrent_kernel: { shape: [this.units, gu] },
      ...(this.useBias && { bias: { shape: this.biasShape() } }),
    };
  }
  /** Keras 3's config, its defaults written out (TF.js's differ: glorotNormal kernels, hardSigmoid gates). */
  protected override kerasOwnConfig(): Record<string, unknown> {
    const t = (this.trainingOptions ?? {}) as RecurrentTrainingOptions;
    return {
      units: this.units,
      activation: snake(this.activation),
      ...this.gateConfig(),
      use_bias: this.useBias,
      ...recurrentInitializersConfig(t),
      ...this.cellConfig(),
      ...recurrentRegularizersConfig(t),
      ...sequenceConfig(this),
      unroll: this.unroll,
    };
  }
  /** `recurrent_activation`, for the gated cells. */
  protected gateConfig(): Record<string, unknown> {
    return {};
  }
  /** The cell's own switches (`unit_forget_bias`, `reset_after`). */
  protected cellConfig(): Record<string, unknown> {
    return {};
  }
}

/**
 * Checks the training options plain JavaScript may pass: each a string or an object, `dtype` one of
 * TF.js's; a layer's keys by default, a cell's (no activity regularizer) given.
 */
export const checkRecurrentTraining = (layer: string, o: object, keys: readonly string[] = recurrentTrainingKeys): void => {
  for (const k of keys) {
    const v = (o as Record<string, unknown>)[k];
    if (v === undefined) continue;
    if (k === "dtype" ? !dtypes.includes(v as (typeof dtypes)[number]) : !(typeof v === "string" || (typeof v === "object" && v !== null)))
      fail(k === "dtype" ? badChoice(layer, "dtype", formatOption(v), dtypes.join(", ")) : badTrainingOption(layer, k, formatOption(v)));
  }
};

/**
 * A recurrent layer's regularizers and constraints in Keras 3's config, in its order (between the
 * initializers and `dropout`): SimpleRNN, LSTM, GRU and the ConvLSTMs write the same seven keys.
 */
export const recurrentRegularizersConfig = (t: RecurrentTrainingOptions): Record<string, unknown> => ({
  kernel_regularizer: serializeOption(t.kernelRegularizer),
  recurrent_regularizer: serializeOption(t.recurrentRegularizer),
  bias_regularizer: serializeOption(t.biasRegularizer),
  activity_regularizer: serializeOption(t.activityRegularizer),
  kernel_constraint: serializeOption(t.kernelConstraint),
  recurrent_constraint: serializeOption(t.recurrentConstraint),
  bias_constraint: serializeOption(t.biasConstraint),
});

/** The three initializers of a recurrent layer or cell, Keras 3's defaults written out as Keras writes them. */
export const recurrentInitializersConfig = (t: RecurrentTrainingOptions): Record<string, unknown> => ({
  kernel_initializer: serializeOption(t.kernelInitializer, initializer("GlorotUniform")),
  recurrent_initializer: serializeOption(t.recurrentInitializer, { class_name: "Orthogonal", config: { gain: 1, seed: null } }),
  bias_initializer: serializeOption(t.biasInitializer, initializer("Zeros")),
});

/** The sequence keys of a recurrent layer's Keras config (after its regularizers, in Keras's order). */
export const sequenceConfig = (l: Omit<ReturnType<typeof sequenceSettings>, "trainingOptions">): Record<string, unknown> => ({
  dropout: l.dropout,
  recurrent_dropout: l.recurrentDropout,
  return_sequences: l.returnSequences,
  return_state: l.returnState,
  go_backwards: l.goBackwards,
  stateful: l.stateful,
});

/** `dropout` and `recurrentDropout` at run time: fractions from 0 to 1 (the types' `checkFraction`). */
export const checkDropouts = (layer: string, o: { readonly dropout?: unknown; readonly recurrentDropout?: unknown }): void => {
  for (const k of ["dropout", "recurrentDropout"] as const) {
    const r = o[k];
    if (r !== undefined && !(typeof r === "number" && r >= 0 && r <= 1)) fail(badFraction(layer, k, formatOption(r)));
  }
};
