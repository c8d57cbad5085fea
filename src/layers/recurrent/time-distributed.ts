/**
 * TimeDistributed: applies a layer to every step of a sequence: the layer sees `(batch, ...rest)` for
 * an input `(batch, steps, ...rest)`, and its output gets the steps axis back. Its weights are the
 * layer's, counted once (every step shares them).
 *
 * ```ts
 * const x = input({ shape: [10, 16] });                            // SymbolicTensor<[null, 10, 16]>
 * timeDistributed({ layer: dense({ units: 8 }) })(x);              // SymbolicTensor<[null, 10, 8]>: 136 params
 * ```
 */
import type { declaredConfig, declaredOf } from "../../core/config.js";
import { fail, type CheckedOptions, type firstErr, type OptionErr, type ShapeErr } from "../../core/errors.js";
import { declaredInput, type InputSpecOptions } from "../../core/input-spec.js";
import {
  describe,
  SingleInputLayer,
  type AnyLayer,
  type Apply,
  type BaseLayer,
  type BaseLayerOptions,
  type Layer,
  type Rule,
  type ruleKey,
  type ruleWeights,
} from "../../core/layer.js";
import { baseKeys, checkKeys, inputKeys } from "../../core/options.js";
import { readOptions } from "../../core/read-options.js";
import { formatShape, type Dim, type Shape } from "../../core/shape.js";
import { InputLayer } from "../core/input.js";
import type { TimeDistributedOptions as TimeDistributedOptionsCall } from "../option-calls.js";

export interface TimeDistributedOptions extends BaseLayerOptions, InputSpecOptions {
  /** The layer applied to every step (dense, conv2d, a Sequential, ...). */
  readonly layer: AnyLayer;
}
const timeDistributedKeys = ["layer", ...baseKeys, ...inputKeys] as const;

// --- messages --------------------------------------------------------------------------------------

export type timeDistributedRank<got extends string, rank extends string> =
  `TimeDistributed needs an input of rank 3 or more, (batch, steps, ...), since it applies its layer to every step, but got ${got} of rank ${rank}. Fix: give each sample a steps axis first, e.g. input({ shape: [10, 16] }) makes (None, 10, 16).`;
export const timeDistributedRank = <got extends string, rank extends string>(got: got, rank: rank): timeDistributedRank<got, rank> =>
  `TimeDistributed needs an input of rank 3 or more, (batch, steps, ...), since it applies its layer to every step, but got ${got} of rank ${rank}. Fix: give each sample a steps axis first, e.g. input({ shape: [10, 16] }) makes (None, 10, 16).`;

export type notOneInputLayer<got extends string> =
  `TimeDistributed: layer must be a layer that takes one tensor (dense, conv2d, a Sequential, ...), but got ${got}. Fix: wrap e.g. dense({ units: 8 }); merge layers and inputs cannot be applied step by step.`;
export const notOneInputLayer = <got extends string>(got: got): notOneInputLayer<got> =>
  `TimeDistributed: layer must be a layer that takes one tensor (dense, conv2d, a Sequential, ...), but got ${got}. Fix: wrap e.g. dense({ units: 8 }); merge layers and inputs cannot be applied step by step.`;

// --- type-level rule ---------------------------------------------------------------------------------

/**
 * Whether the wrapped layer's type says nothing of its shapes: `any`, or a wide layer type (`AnyLayer`,
 * `Layer`). Read as `[opaque<l>] extends [true]`, so that a helper's layer parameter (the compiler's
 * wildcard, see `Checked`) is opaque in the helper's body instead of an open type that might be an error.
 */
type opaque<l> = 0 extends 1 & l ? true : l extends { readonly [ruleKey]: infer r extends Rule } ? (string extends r["layer"] ? true : false) : true;
/** The wrapped layer's rule, or `OpaqueRule` for an opaque one. */
type ruleOf<l> = opaque<l> extends true ? OpaqueRule : l extends { readonly [ruleKey]: infer r extends Rule } ? r : never;
/** What a layer the compiler cannot see gives: a tensor of unknown shape, and weights of unknown count. */
interface OpaqueRule extends Rule {
  readonly layer: string;
  readonly output: Dim[];
  readonly weights: [[string, number[]]];
}
/** The inner layer's output with the steps axis `t` put back after the batch. */
type withSteps<o, t> = [o] extends [ShapeErr<string>]
  ? o
  : o extends readonly [infer b, ...infer rest]
    ? [b, t, ...rest]
    : Dim[];

export interface TimeDistributedRule<l> extends Rule {
  readonly layer: "TimeDistributed";
  readonly output: this["input"] extends readonly [infer b, infer t, infer x, ...infer rest]
    ? withSteps<[opaque<l>] extends [true] ? Dim[] : Apply<l & AnyLayer, [b, x, ...rest]>, t>
    : this["input"] extends Shape
      ? ShapeErr<timeDistributedRank<formatShape<this["input"]>, `${this["input"]["length"]}`>>
      : never;
  readonly weights: this["input"] extends readonly [infer b, Dim, ...infer rest] ? ruleWeights<ruleOf<l>, [b, ...rest]> : [];
}

/** A TimeDistributed layer type: `TimeDistributed<{ layer: Dense<8> }>`. */
export interface TimeDistributed<c = { layer: AnyLayer }> extends Layer<TimeDistributedRule<layerOf<c>>, declaredOf<"TimeDistributed", c>> {
  readonly className: "TimeDistributed";
}
type layerOf<c> = c extends { readonly layer: infer l } ? l : never;

/** Everything that can be wrong with TimeDistributed's options, first problem first. */
export type checkTimeDistributed<o> = firstErr<
  [checkKeys<"TimeDistributed", o, typeof timeDistributedKeys>, declaredInput<"TimeDistributed", o>]
>;

// --- runtime twin ------------------------------------------------------------------------------------

export class TimeDistributedLayer extends SingleInputLayer {
  declare readonly inner: BaseLayer<any>;
  constructor(o: TimeDistributedOptions) {
    checkKeys("TimeDistributed", o, timeDistributedKeys);
    if (!(o.layer instanceof SingleInputLayer) || o.layer instanceof InputLayer)
      fail(notOneInputLayer(typeof o.layer === "function" && typeof (o.layer as unknown as { className?: unknown }).className === "string" ? `${(o.layer as unknown as { className: string }).className} (a layer of several inputs)` : describe(o.layer)));
    super(o, "TimeDistributed", declaredInput("TimeDistributed", o));
    Object.assign(this, { inner: o.layer });
    // The weights and the built state are the inner layer's, shared by every step.
    Object.defineProperty(this, "weights", { get: () => this.inner.weights, configurable: true });
    Object.defineProperty(this, "built", { get: () => this.inner.built, configurable: true });
  }
  /** The layer it applies, for nested summaries. */
  get layers(): readonly BaseLayer<any>[] {
    return [this.inner];
  }
  computeOutputShape(s: Shape): Shape {
    if (s.length < 3) fail(timeDistributedRank(formatShape(s), String(s.length)), this.name);
    // The inner layer is called on one step, (batch, ...rest), so its own checks and messages apply.
    const step = new InputLayer({ batchShape: [s[0]!, ...s.slice(2)], name: `${this.name}_step` }).applyOne(undefined);
    const o = this.inner.applyOne(step).shape;
    return [o[0] ?? null, s[1] ?? null, ...o.slice(1)];
  }
  protected override build(): void {}
  protected override kerasOwnConfig(): Record<string, unknown> {
    const { className, config } = this.inner.kerasConfig();
    return { layer: { class_name: className, config } };
  }
}

/**
 * Applies a layer to every step of a sequence `(batch, steps, ...)`: the layer sees `(batch, ...)`, and
 * the steps axis comes back in its output. Its weights are the layer's, counted once. The layer's own
 * shape errors read as they would on one step.
 *
 * @example
 * ```ts
 * const x = input({ shape: [10, 16] });                                         // SymbolicTensor<[null, 10, 16]>
 * timeDistributed({ layer: dense({ units: 8 }) })(x);                           // SymbolicTensor<[null, 10, 8]>: 136 params
 * timeDistributed({ layer: conv2d({ filters: 2, kernelSize: 3 }) })(input({ shape: [5, 8, 8, 3] })); // SymbolicTensor<[null, 5, 6, 6, 2]>
 * ```
 */
export function timeDistributed<const o extends TimeDistributedOptionsCall>(
  options: CheckedOptions<checkTimeDistributed<o>, o, TimeDistributedOptions>,
): TimeDistributed<declaredConfig<o, "layer">>;
export function timeDistributed(options: unknown): unknown {
  return new TimeDistributedLayer(readOptions(options) as TimeDistributedOptions);
}
