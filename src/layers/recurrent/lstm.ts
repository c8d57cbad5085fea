/**
 * LSTM: a recurrent layer of 4 gates (input, forget, cell, output) and two states, h and c. Input
 * `(batch, steps, features)`; output `(batch, units)`, or `(batch, steps, units)` with
 * `returnSequences`; with `returnState`, `[output, h, c]`. Weights: kernel `[features, 4 * units]`,
 * recurrent kernel `[units, 4 * units]`, bias `[4 * units]`: `4 * units * (features + units + 1)` params.
 *
 * ```ts
 * lstm({ units: 64 })(input({ shape: [null, 128] }));   // SymbolicTensor<[null, 64]>: 49,408 params
 * ```
 */
import type { declaredConfig, declaredOf, opt } from "../../core/config.js";
import type { CheckedOptions } from "../../core/errors.js";
import type { MultiOutputLayer } from "../../core/layer.js";
import { checkBoolean, readOptions } from "../../core/read-options.js";
import { checkActivation, type ActivationIdentifier } from "../core/activation.js";
import { snake } from "../../core/keras-config.js";
import { recurrentKeys, RecurrentLayer, type checkRecurrent, type RecurrentConfigKey, type RecurrentOptions, type recurrentRule } from "./base-rnn.js";
import type { LSTMOptions as LSTMOptionsCall } from "../option-calls.js";

export interface LSTMOptions extends RecurrentOptions {
  /** Applied to the gates. Default `sigmoid` (Keras 3; TF.js's own default is `hardSigmoid`). */
  readonly recurrentActivation?: ActivationIdentifier;
  /** Start the forget gate's bias at 1 (the bias's shape is the same). Default `true`. */
  readonly unitForgetBias?: boolean;
}
const lstmKeys = [...recurrentKeys, "recurrentActivation", "unitForgetBias"] as const;

/** An LSTM layer type; `c` is the part of its options that decides shapes: `LSTM<{ units: 8; returnState: true }>`. */
export interface LSTM<c = { units: number }> extends MultiOutputLayer<recurrentRule<"LSTM", 4, 2, c>, declaredOf<"LSTM", c>> {
  readonly className: "LSTM";
  readonly units: opt<c, "units", number>;
}

class LSTMLayer extends RecurrentLayer {
  readonly gates = 4;
  readonly stateCount = 2;
  declare readonly recurrentActivation: ActivationIdentifier;
  declare readonly unitForgetBias: boolean;
  constructor(o: LSTMOptions) {
    super(o, "LSTM", lstmKeys);
    checkActivation("LSTM", o.recurrentActivation);
    checkBoolean("LSTM", "unitForgetBias", o.unitForgetBias);
    Object.assign(this, { recurrentActivation: o.recurrentActivation ?? "sigmoid", unitForgetBias: o.unitForgetBias ?? true });
  }
  protected override gateConfig(): Record<string, unknown> {
    return { recurrent_activation: snake(this.recurrentActivation) };
  }
  protected override cellConfig(): Record<string, unknown> {
    return { unit_forget_bias: this.unitForgetBias };
  }
}

/**
 * Long short-term memory: reads a sequence `(batch, steps, features)` and gives its last output
 * `(batch, units)`, or every step's with `returnSequences: true`; `returnState: true` also gives the
 * final states: `const [out, h, c] = lstm({ units: 8, returnState: true })(x)`. Features must be known;
 * steps may be `null`. `stateful: true` needs a fixed batch size.
 *
 * @example
 * ```ts
 * const x = input({ shape: [null, 16] });                          // SymbolicTensor<[null, null, 16]>
 * lstm({ units: 8 })(x);                                           // SymbolicTensor<[null, 8]>: 800 params
 * lstm({ units: 8, returnSequences: true })(x);                    // SymbolicTensor<[null, null, 8]>
 * const [out, h, c] = lstm({ units: 8, returnState: true })(x);    // each SymbolicTensor<[null, 8]>
 * ```
 */
export function lstm<const o extends LSTMOptionsCall>(
  options: CheckedOptions<checkRecurrent<"LSTM", o, typeof lstmKeys>, o, LSTMOptions>,
): LSTM<declaredConfig<o, RecurrentConfigKey>>;
export function lstm(options: unknown): unknown {
  return new LSTMLayer(readOptions(options) as LSTMOptions);
}
