/**
 * Dense: every output unit is connected to every input feature. It acts on the last axis only:
 * `(batch, ..., features)` becomes `(batch, ..., units)`, with a kernel of `[features, units]` and a
 * bias of `[units]`.
 *
 * ```ts
 * const x = input({ shape: [3] });      // SymbolicTensor<[null, 3]>
 * const y = dense({ units: 4 })(x);     // SymbolicTensor<[null, 4]>, kernel [3, 4], bias [4]: 16 params
 * ```
 */
import type { Dim } from "../../core/arith.js";
import type { flag, weightIf, InputKey } from "../../core/config.js";
import { fail, type CheckedOptions, type firstErr, type ShapeErr } from "../../core/errors.js";
import { declaredInput, type InputSpecOptions } from "../../core/input-spec.js";
import { SingleInputLayer, type BaseLayerOptions, type Layer, type Rule, type WeightSpec } from "../../core/layer.js";
import { baseKeys, checkKeys, checkPositive, inputKeys, type Defined, type fastInput, type has } from "../../core/options.js";
import type { PositiveSize } from "../../core/positive-size.js";
import { formatShape, type Init, type Last, type Shape } from "../../core/shape.js";
import { checkActivation, type ActivationIdentifier } from "./activation.js";
import { readOptions, type OptionsCall } from "../../core/read-options.js";
import { checkTraining, kernelTrainingConfig, kernelTrainingKeys, pickTraining, snake, type KernelTrainingOptions } from "../../core/keras-config.js";
import type { DenseOptions as DenseOptionsCall } from "../option-calls.js";

export interface DenseOptions extends BaseLayerOptions, InputSpecOptions, KernelTrainingOptions {
  /** How many neurons the layer has: the size of its output's last axis. */
  readonly units: number;
  /** Applied to the output; shape is unchanged. Default `linear` (none). */
  readonly activation?: ActivationIdentifier;
  /** Whether to add a bias vector of `[units]`. Default `true`. */
  readonly useBias?: boolean;
}
const denseKeys = ["units", "activation", "useBias", ...baseKeys, ...inputKeys, ...kernelTrainingKeys] as const;

// --- messages --------------------------------------------------------------------------------------

export type denseRank<got extends string, rank extends string> =
  `Dense needs an input of rank 2 or more, (batch, ..., features), but got ${got} of rank ${rank}. Fix: give the input a feature axis: input({ shape: [3] }) makes (None, 3).`;
export const denseRank = <got extends string, rank extends string>(got: got, rank: rank): denseRank<got, rank> =>
  `Dense needs an input of rank 2 or more, (batch, ..., features), but got ${got} of rank ${rank}. Fix: give the input a feature axis: input({ shape: [3] }) makes (None, 3).`;

export type denseFeatures<got extends string> =
  `Dense needs the last axis (features) of its input defined, since its kernel is [features, units], but got ${got}. Fix: give the last axis a size in the input shape; only other axes may be None.`;
export const denseFeatures = <got extends string>(got: got): denseFeatures<got> =>
  `Dense needs the last axis (features) of its input defined, since its kernel is [features, units], but got ${got}. Fix: give the last axis a size in the input shape; only other axes may be None.`;

// --- type-level rule ---------------------------------------------------------------------------------

/**
 * Dense's shape rule: the last axis becomes `units`. Shapes of rank 2, the common case, and 3 (a
 * sequence) are read in one match: taking them through `Last`/`Init` cost about 250 instantiations a
 * layer on a chain of Dense layers, and 1,500 of seq2seq's 9,200 (issue 17).
 */
export type denseShape<s, u> = s extends readonly [infer b extends Dim, infer f extends Dim]
  ? [f] extends [null] ? ShapeErr<denseFeatures<formatShape<s>>> : [b, u]
  : s extends readonly [infer b extends Dim, infer t extends Dim, infer f extends Dim] // a sequence: seq2seq -17%
    ? [f] extends [null] ? ShapeErr<denseFeatures<formatShape<s>>> : [b, t, u]
  : s extends Shape
  ? s extends readonly [Dim, Dim, ...Dim[]]
    ? [Last<s>] extends [null]
      ? ShapeErr<denseFeatures<formatShape<s>>>
      : [...Init<s>, u]
    : ShapeErr<denseRank<formatShape<s>, `${s["length"]}`>>
  : never;

export interface DenseRule<u, bias> extends Rule {
  readonly layer: "Dense";
  readonly output: denseShape<this["input"], u>;
  readonly weights: this["input"] extends Shape
    ? [["kernel", [lastDim<this["input"]>, u]], ...weightIf<bias, ["bias", [u]]>]
    : [];
}
/** `Last<s>`, with ranks 2 and 3 read in one match (see `denseShape`). */
type lastDim<s extends Shape> = s extends readonly [Dim, infer d] ? d : s extends readonly [Dim, Dim, infer d] ? d : Last<s>;

/**
 * A Dense layer type. `c` is its units (`Dense<4>`), or, when it declares an input or has no bias, its
 * config: `Dense<{ units: 4; batchInputShape: [null, 3] }>`.
 */
export interface Dense<c extends number | DenseConfig = number>
  extends Layer<DenseRule<unitsOf<c>, flag<c, "useBias", true>>, inputOf<c>> {
  readonly className: "Dense";
  readonly units: unitsOf<c>;
}
/** The part of Dense's options its type keeps. */
export interface DenseConfig {
  readonly units: number;
  readonly batchInputShape?: Shape;
  /** Kept when it is not `true`: `false`, or `boolean` when the compiler cannot tell. */
  readonly useBias?: boolean;
}
type unitsOf<c> = c extends number ? c : c extends { units: infer u } ? u : never;
type inputOf<c> = c extends { batchInputShape: infer i extends Shape } ? i : undefined;

/**
 * Dense's type parameter: its units (`number` for an `any`), with the declared input and the bias
 * switch when they are not the defaults.
 */
type denseConfig<o extends DenseCall, i, u = Units<o["units"]>, b = flag<o, "useBias", true>> = [i] extends [undefined]
  ? [b] extends [true]
    ? u
    : { units: u; useBias: b }
  : i extends Shape
    ? [b] extends [true]
      ? { units: u; batchInputShape: i }
      : { units: u; batchInputShape: i; useBias: b }
    : never;

/**
 * Dense's options as a call's are inferred (`OptionsCall`): `units` may also be a string (`units: "4"`,
 * as from a form or JSON), and so may `inputShape`'s sizes or `useBias`, so that it is refused with
 * Dense's own sentence, which says what units must be and quotes the string as the runtime does,
 * rather than the compiler's "Type 'string' is not assignable to type 'number'".
 */
export type DenseCall = DenseOptionsCall;

/**
 * Dense's units as its type keeps them: the number given, or `number` for what the compiler cannot see
 * (`any`) and for what is no number (a string, refused at the call). One alias with a public name, as
 * a helper generic over its units hovers with it: `Dense<Units<U>>`.
 */
export type Units<u> = 0 extends 1 & u ? number : u extends number ? u : number;

/**
 * Everything that can be wrong with Dense's options, first problem first. Options of the usual kind
 * (units up to 1,024, no declared input) are "ok" by one relation (see `Defined` in options.ts).
 */
export type checkDense<o extends DenseCall> = [keyof o, o, o[keyof o]] extends [fastDenseKey, fastDenseOptions, Defined]
  ? "ok"
  : firstErr<
  [
    checkKeys<"Dense", o, typeof denseKeys>,
    has<o, "units"> extends true ? checkUnits<"Dense", o["units"]> : "ok", // missing: the compiler says so
    declaredInput<"Dense", o>,
  ]
>;
/** The keys `checkDense`'s fast path takes: Dense's but a declared input's. */
type fastDenseKey = Exclude<(typeof denseKeys)[number], InputKey>;
/** Dense options `checkDense` certainly accepts. */
interface fastDenseOptions extends fastInput {
  readonly units?: PositiveSize;
  readonly useBias?: boolean;
}
type checkUnits<layer extends string, u> = checkPositive<
  layer,
  "units",
  u,
  "the number of neurons, the size of the output's last axis",
  "4"
>;

// --- runtime twin ------------------------------------------------------------------------------------

class DenseLayer extends SingleInputLayer {
  readonly units: number;
  readonly useBias: boolean;
  readonly activation: ActivationIdentifier;
  constructor(o: DenseOptions) {
    checkKeys("Dense", o, denseKeys);
    checkPositive("Dense", "units", o.units, "the number of neurons, the size of the output's last axis", "4");
    checkActivation("Dense", o.activation);
    checkTraining("Dense", o);
    super(o, "Dense", declaredInput("Dense", o));
    this.units = o.units;
    this.useBias = o.useBias ?? true;
    this.activation = o.activation ?? "linear";
    Object.assign(this, { trainingOptions: pickTraining(o, kernelTrainingKeys) });
  }
  computeOutputShape(s: Shape): Shape {
    if (s.length < 2) fail(denseRank(formatShape(s), String(s.length)), this.name);
    if (s[s.length - 1] === null) fail(denseFeatures(formatShape(s)), this.name);
    return [...s.slice(0, -1), this.units];
  }
  override weightSpecs(s: Shape): Record<string, WeightSpec> {
    const features = s[s.length - 1] as number;
    return this.useBias
      ? { kernel: { shape: [features, this.units] }, bias: { shape: [this.units] } }
      : { kernel: { shape: [features, this.units] } };
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    return { units: this.units, activation: snake(this.activation), use_bias: this.useBias, ...kernelTrainingConfig(this.trainingOptions ?? {}) };
  }
}

/**
 * A densely connected layer: `units` neurons, each connected to every feature of the input's last
 * axis. Input `(batch, ..., features)`, output `(batch, ..., units)`; a kernel of `[features, units]`
 * and a bias of `[units]`. Give it `inputShape` (or `inputDim`, `batchInputShape`) when it is the first
 * layer of a Sequential.
 *
 * @example
 * ```ts
 * const x = input({ shape: [3] });                   // SymbolicTensor<[null, 3]>
 * const y = dense({ units: 4 })(x);                  // SymbolicTensor<[null, 4]>: kernel [3, 4], bias [4], 16 params
 * dense({ units: 8 })(input({ shape: [50, 50, 3] })); // SymbolicTensor<[null, 50, 50, 8]>: acts on the last axis
 * ```
 */
export function dense<const o extends DenseCall>(
  options: CheckedOptions<checkDense<o>, o, DenseOptions>,
): Dense<denseConfig<o, declaredInput<"Dense", o>>>;
export function dense(options: unknown): unknown {
  return new DenseLayer(readOptions(options) as DenseOptions);
}
