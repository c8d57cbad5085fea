/**
 * Conv1D: `filters` kernels slide along the steps of a sequence. Input `(batch, steps, features)`
 * with `channelsLast` (the default) or `(batch, features, steps)` with `channelsFirst`; the features
 * axis becomes `filters`. Kernel `[kernelSize, features, filters]`, bias `[filters]`. Besides `valid`
 * and `same`, `padding: "causal"` pads only the past, so that step t sees no later step.
 *
 * ```ts
 * conv1d({ filters: 32, kernelSize: 5 })(input({ shape: [100, 8] }));   // SymbolicTensor<[null, 96, 32]>: 1,312 params
 * ```
 */
import type { Padding } from "../../core/conv.js";
import type { declaredOf } from "../../core/config.js";
import type { CheckedOptions } from "../../core/errors.js";
import type { Layer } from "../../core/layer.js";
import { BaseConvLayer, convKeys, type checkConv, type convConfig, type ConvOptions, type ConvRule } from "./base-conv.js";
import { readOptions } from "../../core/read-options.js";
import type { Conv1DOptions as Conv1DOptionsCall } from "../option-calls.js";

export interface Conv1DOptions extends Omit<ConvOptions<1>, "padding"> {
  /** `valid` (default), `same`, or `causal`: pad only the start, so that no output step sees a later input step. */
  readonly padding?: Padding | "causal";
}

/** A Conv1D layer type; `c` is the part of its options that decides shapes: `Conv1D<{ filters: 32; kernelSize: 5 }>`. */
export interface Conv1D<c = {}> extends Layer<ConvRule<"Conv1D", 1, c>, declaredOf<"Conv1D", c>> {
  readonly className: "Conv1D";
}

/**
 * A 1D convolution over the steps of a sequence: input `(batch, steps, features)`, output
 * `(batch, new steps, filters)`.
 *
 * @example
 * ```ts
 * conv1d({ filters: 32, kernelSize: 5 })(input({ shape: [100, 8] }));                     // SymbolicTensor<[null, 96, 32]>
 * conv1d({ filters: 32, kernelSize: 5, padding: "causal" })(input({ shape: [100, 8] }));   // SymbolicTensor<[null, 100, 32]>
 * ```
 */
export function conv1d<const o extends Conv1DOptionsCall>(
  options: CheckedOptions<checkConv<"Conv1D", 1, o, typeof convKeys>, o, Conv1DOptions>,
): Conv1D<convConfig<o>>;
export function conv1d(options: unknown): unknown {
  return new BaseConvLayer(readOptions(options) as Conv1DOptions, "Conv1D", 1, convKeys, ["valid", "same", "causal"]);
}
