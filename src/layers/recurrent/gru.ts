/**
 * GRU: a recurrent layer of 3 gates (update, reset, candidate) and one state. Input
 * `(batch, steps, features)`; output `(batch, units)`, or `(batch, steps, units)` with
 * `returnSequences`; with `returnState`, `[output, h]`. Weights: kernel `[features, 3 * units]`,
 * recurrent kernel `[units, 3 * units]`, and a bias of `[2, 3 * units]` with `resetAfter` (Keras 3's
 * default: an input and a recurrent bias), `[3 * units]` without.
 *
 * ```ts
 * gru({ units: 64 })(input({ shape: [null, 128] }));   // SymbolicTensor<[null, 64]>: 37,248 params
 * ```
 */
import type { declaredConfig, declaredOf, opt } from "../../core/config.js";
import type { CheckedOptions } from "../../core/errors.js";
import type { MultiOutputLayer } from "../../core/layer.js";
import { checkBoolean, readOptions } from "../../core/read-options.js";
import { checkActivation, type ActivationIdentifier } from "../core/activation.js";
import { snake } from "../../core/keras-config.js";
import { recurrentKeys, RecurrentLayer, type checkRecurrent, type RecurrentConfigKey, type RecurrentOptions, type recurrentRule } from "./base-rnn.js";
import type { GRUOptions as GRUOptionsCall } from "../option-calls.js";

export interface GRUOptions extends RecurrentOptions {
  /** Applied to the gates. Default `sigmoid` (Keras 3; TF.js's own default is `hardSigmoid`). */
  readonly recurrentActivation?: ActivationIdentifier;
  /**
   * Apply the reset gate after the recurrent kernel, with separate input and recurrent biases (bias
   * `[2, 3 * units]`). Default `true`, as Keras 3 (TF.js 4.22 supports only `false`).
   */
  readonly resetAfter?: boolean;
}
const gruKeys = [...recurrentKeys, "recurrentActivation", "resetAfter"] as const;

/** A GRU layer type; `c` is the part of its options that decides shapes: `GRU<{ units: 8; resetAfter: false }>`. */
export interface GRU<c = { units: number }> extends MultiOutputLayer<recurrentRule<"GRU", 3, 1, c>, declaredOf<"GRU", c>> {
  readonly className: "GRU";
  readonly units: opt<c, "units", number>;
}

class GRULayer extends RecurrentLayer {
  readonly gates = 3;
  readonly stateCount = 1;
  declare readonly recurrentActivation: ActivationIdentifier;
  declare readonly resetAfter: boolean;
  constructor(o: GRUOptions) {
    super(o, "GRU", gruKeys);
    checkActivation("GRU", o.recurrentActivation);
    checkBoolean("GRU", "resetAfter", o.resetAfter);
    Object.assign(this, { recurrentActivation: o.recurrentActivation ?? "sigmoid", resetAfter: o.resetAfter ?? true });
  }
  protected override biasShape(): number[] {
    return this.resetAfter ? [2, 3 * this.units] : [3 * this.units];
  }
  protected override gateConfig(): Record<string, unknown> {
    return { recurrent_activation: snake(this.recurrentActivation) };
  }
  protected override cellConfig(): Record<string, unknown> {
    return { reset_after: this.resetAfter };
  }
}

/**
 * Gated recurrent unit: reads a sequence `(batch, steps, features)` and gives its last output
 * `(batch, units)`, or every step's with `returnSequences: true`; `returnState: true` also gives the
 * final state: `const [out, h] = gru({ units: 8, returnState: true })(x)`. Its bias is `[2, 3 * units]`
 * (Keras 3's `resetAfter: true`), `[3 * units]` with `resetAfter: false`.
 *
 * @example
 * ```ts
 * const x = input({ shape: [20, 16] });                      // SymbolicTensor<[null, 20, 16]>
 * gru({ units: 8 })(x);                                      // SymbolicTensor<[null, 8]>: 3 * 8 * (16 + 8 + 2) = 624 params
 * gru({ units: 8, resetAfter: false })(x);                   // SymbolicTensor<[null, 8]>: 600 params
 * const [out, h] = gru({ units: 8, returnState: true })(x);  // each SymbolicTensor<[null, 8]>
 * ```
 */
export function gru<const o extends GRUOptionsCall>(
  options: CheckedOptions<checkRecurrent<"GRU", o, typeof gruKeys>, o, GRUOptions>,
): GRU<declaredConfig<o, RecurrentConfigKey>>;
export function gru(options: unknown): unknown {
  return new GRULayer(readOptions(options) as GRUOptions);
}
