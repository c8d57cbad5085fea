/**
 * SimpleRNN: a fully connected recurrent layer, one gate and one state. Input
 * `(batch, steps, features)`; output `(batch, units)`, or `(batch, steps, units)` with
 * `returnSequences`; with `returnState`, `[output, h]`. Weights: kernel `[features, units]`, recurrent
 * kernel `[units, units]`, bias `[units]`: `units * (features + units + 1)` params.
 *
 * ```ts
 * simpleRNN({ units: 4 })(input({ shape: [10, 3] }));   // SymbolicTensor<[null, 4]>: 32 params
 * ```
 */
import type { declaredConfig, declaredOf, opt } from "../../core/config.js";
import type { CheckedOptions } from "../../core/errors.js";
import type { MultiOutputLayer } from "../../core/layer.js";
import { readOptions } from "../../core/read-options.js";
import { recurrentKeys, RecurrentLayer, type checkRecurrent, type RecurrentConfigKey, type RecurrentOptions, type recurrentRule } from "./base-rnn.js";
import type { SimpleRNNOptions as SimpleRNNOptionsCall } from "../option-calls.js";

export interface SimpleRNNOptions extends RecurrentOptions {}
const simpleRNNKeys = recurrentKeys;

/** A SimpleRNN layer type; `c` is the part of its options that decides shapes: `SimpleRNN<{ units: 4 }>`. */
export interface SimpleRNN<c = { units: number }> extends MultiOutputLayer<recurrentRule<"SimpleRNN", 1, 1, c>, declaredOf<"SimpleRNN", c>> {
  readonly className: "SimpleRNN";
  readonly units: opt<c, "units", number>;
}

class SimpleRNNLayer extends RecurrentLayer {
  readonly gates = 1;
  readonly stateCount = 1;
  constructor(o: SimpleRNNOptions) {
    super(o, "SimpleRNN", simpleRNNKeys);
  }
}

/**
 * A fully connected recurrent layer: reads a sequence `(batch, steps, features)` and gives its last
 * output `(batch, units)`, or every step's with `returnSequences: true`; `returnState: true` also gives
 * the final state: `const [out, h] = simpleRNN({ units: 4, returnState: true })(x)`.
 *
 * @example
 * ```ts
 * const x = input({ shape: [10, 3] });                        // SymbolicTensor<[null, 10, 3]>
 * simpleRNN({ units: 4 })(x);                                 // SymbolicTensor<[null, 4]>: 32 params
 * simpleRNN({ units: 4, returnSequences: true })(x);          // SymbolicTensor<[null, 10, 4]>
 * ```
 */
export function simpleRNN<const o extends SimpleRNNOptionsCall>(
  options: CheckedOptions<checkRecurrent<"SimpleRNN", o, typeof simpleRNNKeys>, o, SimpleRNNOptions>,
): SimpleRNN<declaredConfig<o, RecurrentConfigKey>>;
export function simpleRNN(options: unknown): unknown {
  return new SimpleRNNLayer(readOptions(options) as SimpleRNNOptions);
}
