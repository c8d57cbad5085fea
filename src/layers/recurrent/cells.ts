/**
 * The cells `rnn({ cell })` runs over a sequence (Keras 3's SimpleRNNCell, LSTMCell and GRUCell): one
 * step of SimpleRNN, LSTM and GRU. A cell is not called on a tensor; `rnn` builds it on
 * `(batch, features)`, and a list of cells is stacked (Keras's StackedRNNCells): cell i reads the output
 * of cell i - 1. Weights as the layers': kernel `[features, gates * units]`, recurrent kernel
 * `[units, gates * units]`, bias `[gates * units]` (`[2, 3 * units]` for a GRU cell with `resetAfter`).
 *
 * ```ts
 * rnn({ cell: lstmCell({ units: 8 }) })(input({ shape: [null, 16] }));                     // SymbolicTensor<[null, 8]>
 * rnn({ cell: [lstmCell({ units: 8 }), gruCell({ units: 4 })] })(input({ shape: [null, 16] })); // SymbolicTensor<[null, 4]>
 * ```
 */
import type { declaredConfig, flag, opt } from "../../core/config.js";
import type { CheckedOptions, firstErr } from "../../core/errors.js";
import { uniqueName, snakeCase, type BaseLayerOptions } from "../../core/layer.js";
import { checkName, checkBoolean, readOptions } from "../../core/read-options.js";
import { checkKeys, checkPositive } from "../../core/options.js";
import { serializeOption, snake } from "../../core/keras-config.js";
import { checkActivation, type ActivationIdentifier } from "../core/activation.js";
import { checkDropouts, checkRecurrentTraining, recurrentInitializersConfig, type checkFraction, type RecurrentTrainingOptions } from "./base-rnn.js";
import type { SimpleRNNCellOptions as SimpleRNNCellOptionsCall, LSTMCellOptions as LSTMCellOptionsCall, GRUCellOptions as GRUCellOptionsCall } from "../option-calls.js";

/** The options every cell takes. */
export interface CellOptions extends Omit<BaseLayerOptions, "trainable">, Omit<RecurrentTrainingOptions, "activityRegularizer"> {
  /** The size of the state, and of the cell's output. */
  readonly units: number;
  /** Applied to the output and the candidate state. Default `tanh`. */
  readonly activation?: ActivationIdentifier;
  /** Whether the cell adds biases. Default `true`. */
  readonly useBias?: boolean;
  /** Fraction of the inputs dropped in training, from 0 to 1. Default 0. */
  readonly dropout?: number;
  /** Fraction of the recurrent state dropped in training, from 0 to 1. Default 0. */
  readonly recurrentDropout?: number;
}
export interface SimpleRNNCellOptions extends CellOptions {}
export interface LSTMCellOptions extends CellOptions {
  /** Applied to the gates. Default `sigmoid` (Keras 3; TF.js's own default is `hardSigmoid`). */
  readonly recurrentActivation?: ActivationIdentifier;
  /** Start the forget gate's bias at 1 (the bias's shape is the same). Default `true`. */
  readonly unitForgetBias?: boolean;
}
export interface GRUCellOptions extends CellOptions {
  /** Applied to the gates. Default `sigmoid` (Keras 3; TF.js's own default is `hardSigmoid`). */
  readonly recurrentActivation?: ActivationIdentifier;
  /** Separate input and recurrent biases (bias `[2, 3 * units]`). Default `true`, as Keras 3 (TF.js 4.22 supports only `false`). */
  readonly resetAfter?: boolean;
}

/** A cell's training options: a recurrent layer's, less the activity regularizer (which belongs to the `rnn` layer). */
const cellTrainingKeys = [
  "kernelInitializer", "recurrentInitializer", "biasInitializer", "kernelRegularizer", "recurrentRegularizer",
  "biasRegularizer", "kernelConstraint", "recurrentConstraint", "biasConstraint", "dtype",
] as const;
const cellKeys = ["units", "activation", "useBias", "dropout", "recurrentDropout", "name", ...cellTrainingKeys] as const;
const simpleRNNCellKeys = cellKeys;
const lstmCellKeys = [...cellKeys, "recurrentActivation", "unitForgetBias"] as const;
const gruCellKeys = [...cellKeys, "recurrentActivation", "resetAfter"] as const;

// --- type level ------------------------------------------------------------------------------------

/** @internal Key of the type-only member that carries a cell's sizes. */
export declare const cellKey: unique symbol;

/** What `rnn` reads of a cell's type: `g` gates, `n` states, `u` units, its bias switch and a GRU's two biases. */
export interface CellSpec<g = number, n = number, u = number, bias = boolean, twoBiases = boolean> {
  readonly gates: g;
  readonly states: n;
  readonly units: u;
  readonly bias: bias;
  readonly twoBiases: twoBiases;
}

/** What every cell answers at run time. */
export interface CellInfo {
  /** Unique name, as Keras makes it: `lstm_cell`, `lstm_cell_1`, ... */
  readonly name: string;
  /** The Keras class name: `LSTMCell`. */
  readonly className: "SimpleRNNCell" | "LSTMCell" | "GRUCell";
  /** @internal */
  readonly [cellKey]: CellSpec<unknown, unknown, unknown, unknown, unknown>;
}

type cellConfigKey = "units" | "useBias" | "resetAfter";

/** A SimpleRNN cell type: `SimpleRNNCell<{ units: 4 }>`. */
export interface SimpleRNNCell<c = { units: number }> extends CellInfo {
  readonly className: "SimpleRNNCell";
  readonly units: opt<c, "units", number>;
  /** @internal */
  readonly [cellKey]: CellSpec<1, 1, opt<c, "units", number>, flag<c, "useBias", true>, false>;
}
/** An LSTM cell type: `LSTMCell<{ units: 8 }>`. */
export interface LSTMCell<c = { units: number }> extends CellInfo {
  readonly className: "LSTMCell";
  readonly units: opt<c, "units", number>;
  /** @internal */
  readonly [cellKey]: CellSpec<4, 2, opt<c, "units", number>, flag<c, "useBias", true>, false>;
}
/** A GRU cell type: `GRUCell<{ units: 8 }>`. */
export interface GRUCell<c = { units: number }> extends CellInfo {
  readonly className: "GRUCell";
  readonly units: opt<c, "units", number>;
  /** @internal */
  readonly [cellKey]: CellSpec<3, 1, opt<c, "units", number>, flag<c, "useBias", true>, flag<c, "resetAfter", true>>;
}

type unitsMeaning = "the size of the state and of the cell's output";
const unitsMeaning: unitsMeaning = "the size of the state and of the cell's output";

/** Everything that can be wrong with a cell's options, first problem first. */
type checkCell<layer extends string, o, keys extends readonly string[]> = firstErr<
  [
    checkKeys<layer, o, keys>,
    checkPositive<layer, "units", opt<o, "units", number>, unitsMeaning, "32">,
    checkFraction<layer, "dropout", o extends { readonly dropout: infer r } ? r : undefined>,
    checkFraction<layer, "recurrentDropout", o extends { readonly recurrentDropout: infer r } ? r : undefined>,
  ]
>;

// --- runtime -----------------------------------------------------------------------------------------

/** The runtime twin of a cell: its sizes, options and Keras config. */
export class RNNCellObject {
  declare readonly name: string;
  declare readonly className: "SimpleRNNCell" | "LSTMCell" | "GRUCell";
  declare readonly units: number;
  /** How many gates the cell has (1, 3 or 4): its kernels are `gates * units` wide. */
  declare readonly gates: number;
  /** How many states it carries: 1, or 2 for an LSTM cell (h and c). */
  declare readonly stateCount: number;
  declare readonly useBias: boolean;
  declare readonly activation: ActivationIdentifier;
  declare readonly recurrentActivation: ActivationIdentifier | undefined;
  declare readonly unitForgetBias: boolean | undefined;
  declare readonly resetAfter: boolean | undefined;
  declare readonly dropout: number;
  declare readonly recurrentDropout: number;
  /** The training options as given (initializers, regularizers, constraints, dtype), passed to TF.js unchanged. */
  declare readonly trainingOptions: Readonly<Record<string, unknown>>;

  constructor(o: LSTMCellOptions & GRUCellOptions, className: "SimpleRNNCell" | "LSTMCell" | "GRUCell", keys: readonly string[], gates: number, stateCount: number) {
    checkKeys(className, o, keys);
    checkName(className, o.name);
    checkPositive(className, "units", o.units, unitsMeaning, "32");
    checkActivation(className, o.activation);
    checkBoolean(className, "useBias", o.useBias);
    checkDropouts(className, o);
    if (className !== "SimpleRNNCell") checkActivation(className, o.recurrentActivation);
    if (className === "LSTMCell") checkBoolean(className, "unitForgetBias", o.unitForgetBias);
    if (className === "GRUCell") checkBoolean(className, "resetAfter", o.resetAfter);
    checkRecurrentTraining(className, o, cellTrainingKeys);
    Object.assign(this, {
      name: o.name ?? uniqueName(snakeCase(className)),
      className,
      units: o.units,
      gates,
      stateCount,
      useBias: o.useBias ?? true,
      activation: o.activation ?? "tanh",
      recurrentActivation: className === "SimpleRNNCell" ? undefined : (o.recurrentActivation ?? "sigmoid"),
      unitForgetBias: className === "LSTMCell" ? (o.unitForgetBias ?? true) : undefined,
      resetAfter: className === "GRUCell" ? (o.resetAfter ?? true) : undefined,
      dropout: o.dropout ?? 0,
      recurrentDropout: o.recurrentDropout ?? 0,
      trainingOptions: Object.fromEntries(Object.entries(o).filter(([k, v]) => (cellTrainingKeys as readonly string[]).includes(k) && v !== undefined)),
    });
  }

  /** The bias's shape: `[gates * units]`, or `[2, 3 * units]` for a GRU cell with `resetAfter`. */
  biasShape(): number[] {
    return this.resetAfter === true ? [2, 3 * this.units] : [this.gates * this.units];
  }

  /** The cell's weights on a step input of `features`: kernel, recurrent kernel, bias. */
  weightShapes(features: number): [string, number[]][] {
    const gu = this.gates * this.units;
    return [["kernel", [features, gu]], ["recurrent_kernel", [this.units, gu]], ...(this.useBias ? [["bias", this.biasShape()] as [string, number[]]] : [])];
  }

  /** The cell as Keras 3 serializes it: `{ class_name: "LSTMCell", config: { ... } }`, defaults written out. */
  kerasConfig(): { class_name: string; config: Record<string, unknown> } {
    const t = this.trainingOptions as unknown as CellOptions;
    return {
      class_name: this.className,
      config: {
        name: this.name,
        trainable: true,
        dtype: t.dtype ?? "float32",
        units: this.units,
        activation: snake(this.activation),
        ...(this.recurrentActivation !== undefined && { recurrent_activation: snake(this.recurrentActivation) }),
        use_bias: this.useBias,
        ...recurrentInitializersConfig(t),
        ...(this.unitForgetBias !== undefined && { unit_forget_bias: this.unitForgetBias }),
        kernel_regularizer: serializeOption(t.kernelRegularizer),
        recurrent_regularizer: serializeOption(t.recurrentRegularizer),
        bias_regularizer: serializeOption(t.biasRegularizer),
        kernel_constraint: serializeOption(t.kernelConstraint),
        recurrent_constraint: serializeOption(t.recurrentConstraint),
        bias_constraint: serializeOption(t.biasConstraint),
        dropout: this.dropout,
        recurrent_dropout: this.recurrentDropout,
        ...(this.resetAfter !== undefined && { reset_after: this.resetAfter }),
        seed: null,
      },
    };
  }
}

/**
 * One step of SimpleRNN, for `rnn({ cell })`: kernel `[features, units]`, recurrent kernel
 * `[units, units]`, bias `[units]`; one state.
 *
 * @example
 * ```ts
 * rnn({ cell: simpleRNNCell({ units: 4 }) })(input({ shape: [10, 3] }));  // SymbolicTensor<[null, 4]>: 32 params
 * ```
 */
export function simpleRNNCell<const o extends SimpleRNNCellOptionsCall>(
  options: CheckedOptions<checkCell<"SimpleRNNCell", o, typeof simpleRNNCellKeys>, o, SimpleRNNCellOptions>,
): SimpleRNNCell<declaredConfig<o, cellConfigKey>>;
export function simpleRNNCell(options: unknown): unknown {
  return new RNNCellObject(readOptions(options) as CellOptions, "SimpleRNNCell", simpleRNNCellKeys, 1, 1);
}

/**
 * One step of LSTM, for `rnn({ cell })`: 4 gates, two states (h, c); `4 * units * (features + units + 1)` params.
 *
 * @example
 * ```ts
 * const [out, h, c] = rnn({ cell: lstmCell({ units: 8 }), returnState: true })(input({ shape: [null, 16] })); // each SymbolicTensor<[null, 8]>
 * ```
 */
export function lstmCell<const o extends LSTMCellOptionsCall>(
  options: CheckedOptions<checkCell<"LSTMCell", o, typeof lstmCellKeys>, o, LSTMCellOptions>,
): LSTMCell<declaredConfig<o, cellConfigKey>>;
export function lstmCell(options: unknown): unknown {
  return new RNNCellObject(readOptions(options) as LSTMCellOptions, "LSTMCell", lstmCellKeys, 4, 2);
}

/**
 * One step of GRU, for `rnn({ cell })`: 3 gates, one state; bias `[2, 3 * units]` (Keras 3's
 * `resetAfter: true`), `[3 * units]` with `resetAfter: false`.
 *
 * @example
 * ```ts
 * rnn({ cell: gruCell({ units: 8 }) })(input({ shape: [20, 16] }));  // SymbolicTensor<[null, 8]>: 624 params
 * ```
 */
export function gruCell<const o extends GRUCellOptionsCall>(
  options: CheckedOptions<checkCell<"GRUCell", o, typeof gruCellKeys>, o, GRUCellOptions>,
): GRUCell<declaredConfig<o, cellConfigKey>>;
export function gruCell(options: unknown): unknown {
  return new RNNCellObject(readOptions(options) as GRUCellOptions, "GRUCell", gruCellKeys, 3, 1);
}
