/**
 * RNN: runs a cell (`simpleRNNCell`, `lstmCell`, `gruCell`), or a list of cells stacked (Keras 3's
 * StackedRNNCells: cell i reads the output of cell i - 1), over a sequence `(batch, steps, features)`.
 * The output is the last cell's: `(batch, units)`, or `(batch, steps, units)` with `returnSequences`;
 * `returnState` adds every cell's states in cell order (`[output, h1, c1, h2]` for an LSTM cell then a
 * GRU cell: Keras's `(output, [h1, c1], h2)` flattened). Weights are the cells' own; with a list,
 * each is named after its cell (`lstm_cell/kernel`), as in Keras's `rnn/stacked_rnn_cells/lstm_cell/kernel`.
 *
 * ```ts
 * rnn({ cell: [lstmCell({ units: 8 }), gruCell({ units: 4 })] })(input({ shape: [null, 16] })); // SymbolicTensor<[null, 4]>
 * ```
 */
import type { Mul } from "../../core/arith.js";
import type { declaredConfig, declaredOf, flag, switchOn } from "../../core/config.js";
import { fail, type CheckedOptions, type firstErr, type OptionErr, type ShapeErr } from "../../core/errors.js";
import { declaredInput, type InputSpecOptions } from "../../core/input-spec.js";
import { describe, initialState, SingleInputLayer, type BaseLayerOptions, type MultiOutputLayer, type MultiRule, type WeightSpec } from "../../core/layer.js";
import { baseKeys, checkKeys, inputKeys } from "../../core/options.js";
import { checkBoolean, readOptions, type OptionsCall } from "../../core/read-options.js";
import { firstDisagreement, formatShape, type Dim, type Shape } from "../../core/shape.js";
import { SymbolicTensor } from "../../core/tensor.js";
import { rnnFeatures, rnnRank, statefulBatch, type oneOutput } from "./base-rnn.js";
import { RNNCellObject, type CellInfo, type CellSpec, type cellKey } from "./cells.js";

export interface RNNOptions extends BaseLayerOptions, InputSpecOptions {
  /** The cell run at every step, or a list of cells stacked (each reads the output of the one before). */
  readonly cell: CellInfo | readonly CellInfo[];
  /** Return the output of every step, `(batch, steps, units)`, not only the last. Default `false`. */
  readonly returnSequences?: boolean;
  /** Also return the final states, every cell's in cell order. Default `false`. */
  readonly returnState?: boolean;
  /** Read the sequence backwards (the returned sequence is in reversed order). Default `false`. */
  readonly goBackwards?: boolean;
  /** Keep each sample's last state as the next batch's initial state; needs a fixed batch size. Default `false`. */
  readonly stateful?: boolean;
  /** Unroll the loop over the steps. Default `false`. */
  readonly unroll?: boolean;
  /** Give masked steps a zero output (else the previous step's output). Default `false`. */
  readonly zeroOutputForMask?: boolean;
}
const switches = ["returnSequences", "returnState", "goBackwards", "stateful", "unroll", "zeroOutputForMask"] as const;
const rnnKeys = ["cell", ...switches, ...baseKeys, ...inputKeys] as const;

// --- messages --------------------------------------------------------------------------------------

export type notACell<got extends string> =
  `RNN: cell must be a cell (simpleRNNCell, lstmCell or gruCell) or a non-empty list of cells to stack, but got ${got}. Fix: e.g. rnn({ cell: lstmCell({ units: 32 }) }), or rnn({ cell: [lstmCell({ units: 32 }), lstmCell({ units: 32 })] }); for a whole layer use lstm({ units: 32 }) itself.`;
export const notACell = <got extends string>(got: got): notACell<got> =>
  `RNN: cell must be a cell (simpleRNNCell, lstmCell or gruCell) or a non-empty list of cells to stack, but got ${got}. Fix: e.g. rnn({ cell: lstmCell({ units: 32 }) }), or rnn({ cell: [lstmCell({ units: 32 }), lstmCell({ units: 32 })] }); for a whole layer use lstm({ units: 32 }) itself.`;

// --- type level ------------------------------------------------------------------------------------

type specOf<c> = c extends { readonly [cellKey]: infer s extends CellSpec<unknown, unknown, unknown, unknown, unknown> } ? s : CellSpec;
/** The states of one cell on batch `b`: `[[b, u]]`, or `[[b, u], [b, u]]` for an LSTM cell. */
type statesOf<s, b> = s extends CellSpec<unknown, 2, infer u> ? [[b, u], [b, u]] : s extends CellSpec<unknown, 1, infer u> ? [[b, u]] : [b, number][];
/** Every cell's states in cell order; a list the compiler does not count gives a rest of them. Tail recursive. */
type cellStates<cells, b, acc extends unknown[] = []> = cells extends readonly [infer c, ...infer rest]
  ? cellStates<rest, b, [...acc, ...statesOf<specOf<c>, b>]>
  : cells extends readonly []
    ? acc
    : cells extends readonly (infer c)[]
      ? [...acc, ...statesOf<specOf<c>, b>[number][]]
      : [...acc, ...statesOf<specOf<cells>, b>];
/** The units of the last cell: the output's last axis. */
type lastUnits<cells> = unitsOf<cells extends readonly [...unknown[], infer l] ? l : cells extends readonly (infer c)[] ? c : cells>;
type unitsOf<c> = specOf<c> extends CellSpec<unknown, unknown, infer u> ? u : number;
type fillDims<t> = { -readonly [k in keyof t]: Dim[] };

/** The output shapes of an RNN on input `s`: `[output, ...states]`, or a `ShapeErr`. */
export type rnnCellOutputs<s, cells, seq, state, stateful> = s extends Shape
  ? number extends s["length"]
    ? withCellStates<Dim[], state, fillDims<cellStates<cells, null>>>
    : s extends readonly [infer b, infer t, infer f]
      ? [f] extends [null]
        ? ShapeErr<rnnFeatures<"RNN", formatShape<s>>>
        : [stateful] extends [true]
          ? [b] extends [null]
            ? ShapeErr<statefulBatch<"RNN", formatShape<s>>>
            : withCellStates<switchOn<seq, [b, t, lastUnits<cells>], [b, lastUnits<cells>]>, state, cellStates<cells, b>>
          : withCellStates<switchOn<seq, [b, t, lastUnits<cells>], [b, lastUnits<cells>]>, state, cellStates<cells, b>>
      : ShapeErr<rnnRank<"RNN", formatShape<s>, `${s["length"]}`>>
  : never;
type withCellStates<o, state, states> = switchOn<state, [o, ...(states extends unknown[] ? states : Dim[][])], [o]>;

/** One cell's weights on `f` input features, named `${prefix}kernel` and so on. */
type cellWeights<s, f, prefix extends string> = s extends CellSpec<infer g, unknown, infer u, infer bias, infer two>
  ? Mul<g, u> extends infer gu
    ? [[`${prefix}kernel`, [f, gu]], [`${prefix}recurrent_kernel`, [u, gu]], ...(bias extends true ? [[`${prefix}bias`, two extends true ? [2, gu] : [gu]]] : [])]
    : never
  : never;
/** The weights of stacked cells, each named after its cell, cell i built on the units of cell i - 1. Tail recursive. */
type stackedWeights<cells, f, acc extends unknown[] = []> = cells extends readonly [infer c, ...infer rest]
  ? stackedWeights<rest, unitsOf<c>, [...acc, ...cellWeights<specOf<c>, f, `${string}/`>]>
  : acc;
/** The weights of an RNN on input `s`: the cell's, or the stacked cells'; a list the compiler does not count gives a count it does not know. */
type rnnWeights<s, cells> = s extends readonly [Dim, Dim, infer f]
  ? cells extends readonly unknown[]
    ? number extends cells["length"]
      ? [["params", [number]]]
      : stackedWeights<cells, f>
    : cellWeights<specOf<cells>, f, "">
  : [];

/** The rule of `rnn` for cell (or list of cells) `cells`. */
export interface RNNRule<cells, seq, state, stateful> extends MultiRule {
  readonly layer: "RNN";
  readonly outputs: rnnCellOutputs<this["input"], cells, seq, state, stateful>;
  readonly output: oneOutput<"RNN", this["outputs"], state>;
  readonly states: this["input"] extends readonly [infer b, Dim, Dim] ? cellStates<cells, b> : Dim[];
  readonly weights: rnnWeights<this["input"], cells>;
}

type rnnConfigKey = "cell" | "returnSequences" | "returnState" | "stateful";
/** An RNN layer type; `c` is the part of its options that decides shapes: `RNN<{ cell: LSTMCell<{ units: 8 }> }>`. */
export interface RNN<c = { cell: CellInfo }> extends MultiOutputLayer<
  RNNRule<c extends { readonly cell: infer x } ? x : CellInfo, flag<c, "returnSequences", false>, flag<c, "returnState", false>, flag<c, "stateful", false>>,
  declaredOf<"RNN", c>
> {
  readonly className: "RNN";
  /**
   * Its cells, in order (one for a single cell), as at run time. It also tells two RNNs apart: without a
   * member that reads `c` outside a conditional type, TypeScript 6.0 took `RNN<{ cell: SimpleRNNCell<{
   * units: 4 }> }>` and the same with units 2 for one type, and `c ? rnn({ cell: simpleRNNCell({ units: 4 })
   * }) : rnn({ cell: simpleRNNCell({ units: 2 }) })` was typed as its first member (found by the soundness
   * probes' layer-union form; TS 7 and 5.9 kept both).
   */
  readonly cells: c extends { readonly cell: infer x } ? ([CellInfo] extends [x] ? readonly CellInfo[] : x extends readonly unknown[] ? x : readonly [x]) : readonly CellInfo[];
}

/** `"ok"` for a cell or a non-empty list of cells, else the `notACell` message at `cell`. */
type checkCellOption<c> = 0 extends 1 & c
  ? "ok"
  : [c] extends [CellInfo]
    ? "ok"
    : [c] extends [readonly CellInfo[]]
      ? c extends readonly [] ? OptionErr<notACell<"an empty list">, "cell"> : "ok"
      : OptionErr<notACell<describeCell<c>>, "cell">;
/** What was given as `cell`, as the runtime's `describeCell` says it. */
type describeCell<c> = c extends readonly unknown[]
  ? "something else"
  : c extends { readonly className: infer n extends string }
    ? string extends n ? "something else" : `${n} (a layer, not a cell)`
    : "something else";
type checkRNN<o> = firstErr<[checkKeys<"RNN", o, typeof rnnKeys>, checkCellOption<o extends { readonly cell: infer c } ? c : undefined>, declaredInput<"RNN", o>]>;

// --- runtime twin ------------------------------------------------------------------------------------

/** A short description of what was given as `cell`, for the message. */
const describeCell = (c: unknown): string =>
  Array.isArray(c) ? (c.length === 0 ? "an empty list" : "something else") : typeof (c as { className?: unknown } | null)?.className === "string" ? `${(c as { className: string }).className} (a layer, not a cell)` : "something else";

export class RNNLayer extends SingleInputLayer {
  /** The cells, in order (one for a single cell). */
  declare readonly cells: readonly RNNCellObject[];
  /** Whether `cell` was a list (Keras's StackedRNNCells), which names the weights after their cells. */
  declare readonly stacked: boolean;
  declare readonly returnSequences: boolean;
  declare readonly returnState: boolean;
  declare readonly goBackwards: boolean;
  declare readonly stateful: boolean;
  declare readonly unroll: boolean;
  declare readonly zeroOutputForMask: boolean;

  constructor(o: RNNOptions) {
    checkKeys("RNN", o, rnnKeys);
    for (const k of switches) checkBoolean("RNN", k, o[k]);
    const c: unknown = o.cell;
    const cells = Array.isArray(c) ? c : [c];
    if (cells.length === 0 || !cells.every((x) => x instanceof RNNCellObject)) fail(notACell(describeCell(c)));
    super(o, "RNN", declaredInput("RNN", o));
    Object.assign(this, {
      cells,
      stacked: Array.isArray(c),
      returnSequences: o.returnSequences ?? false,
      returnState: o.returnState ?? false,
      goBackwards: o.goBackwards ?? false,
      stateful: o.stateful ?? false,
      unroll: o.unroll ?? false,
      zeroOutputForMask: o.zeroOutputForMask ?? false,
      trainingOptions: {},
    });
  }

  /** Every cell's states on batch `b`, in cell order: `(b, units)` each. */
  stateShapes(b: Dim): Shape[] {
    return this.cells.flatMap((c) => Array.from({ length: c.stateCount }, (): Shape => [b, c.units]));
  }

  /** The input, and the tensors of `{ initialState }` when given, checked against the states' shapes. */
  protected override inputOf(x: unknown, call?: unknown): { tensors: SymbolicTensor[]; shape: Shape } {
    const input = super.inputOf(x);
    const given = (call as { initialState?: unknown } | undefined)?.initialState;
    if (call === undefined || given === undefined) return input;
    const s = input.shape;
    const want = this.stateShapes(s.length === 3 ? (s[0] ?? null) : null);
    const states = Array.isArray(given) ? given : [given];
    const fits = states.length === want.length && states.every((t, i) => t instanceof SymbolicTensor && t.shape.length === 2 && firstDisagreement(t.shape, want[i]!) === -1);
    if (!fits) {
      const got = `[${states.map((t) => (t instanceof SymbolicTensor ? formatShape(t.shape) : describe(t))).join(", ")}]`;
      fail(initialState("RNN", String(want.length), formatShape(want[0]!), got), this.name);
    }
    return { tensors: [...input.tensors, ...(states as SymbolicTensor[])], shape: s };
  }

  override computeOutputShapes(s: Shape): Shape[] {
    if (s.length !== 3) fail(rnnRank("RNN", formatShape(s), String(s.length)), this.name);
    const [b, t, f] = s as [Dim, Dim, Dim];
    if (f === null) fail(rnnFeatures("RNN", formatShape(s)), this.name);
    if (this.stateful && b === null) fail(statefulBatch("RNN", formatShape(s)), this.name);
    const u = this.cells[this.cells.length - 1]!.units;
    const out: Shape = this.returnSequences ? [b, t, u] : [b, u];
    return this.returnState ? [out, ...this.stateShapes(b)] : [out];
  }
  computeOutputShape(s: Shape): Shape {
    return this.computeOutputShapes(s)[0]!;
  }
  override weightSpecs(s: Shape): Record<string, WeightSpec> {
    let f = s[2] as number;
    const specs: Record<string, WeightSpec> = {};
    for (const c of this.cells) {
      for (const [k, shape] of c.weightShapes(f)) specs[this.stacked ? `${c.name}/${k}` : k] = { shape };
      f = c.units;
    }
    return specs;
  }
  /** Keras 3's config: the switches and the cell (a list as StackedRNNCells). */
  protected override kerasOwnConfig(): Record<string, unknown> {
    return {
      return_sequences: this.returnSequences,
      return_state: this.returnState,
      go_backwards: this.goBackwards,
      stateful: this.stateful,
      unroll: this.unroll,
      zero_output_for_mask: this.zeroOutputForMask,
      cell: this.stacked
        ? { class_name: "StackedRNNCells", config: { name: "stacked_rnn_cells", trainable: true, dtype: "float32", cells: this.cells.map((c) => c.kerasConfig()) } }
        : this.cells[0]!.kerasConfig(),
    };
  }
}

/**
 * A recurrent layer made of a cell, or of a list of cells stacked: `rnn({ cell: lstmCell({ units: 8 }) })`
 * is `lstm({ units: 8 })`. Input `(batch, steps, features)`; output the last cell's `(batch, units)`,
 * or `(batch, steps, units)` with `returnSequences: true`; `returnState: true` adds every cell's states
 * in cell order. Features must be known; `stateful: true` needs a fixed batch size.
 *
 * @example
 * ```ts
 * const x = input({ shape: [null, 16] });                                         // SymbolicTensor<[null, null, 16]>
 * rnn({ cell: simpleRNNCell({ units: 4 }) })(x);                                  // SymbolicTensor<[null, 4]>: 84 params
 * const [out, h1, c1, h2] = rnn({ cell: [lstmCell({ units: 8 }), gruCell({ units: 4 })], returnState: true })(x);
 * // out, h2: SymbolicTensor<[null, 4]>; h1, c1: SymbolicTensor<[null, 8]>
 * ```
 */
export function rnn<const o extends OptionsCall<Omit<RNNOptions, "cell">> & { readonly cell: unknown }>(
  options: CheckedOptions<checkRNN<o>, o, RNNOptions>,
): RNN<declaredConfig<o, rnnConfigKey>>;
export function rnn(options: unknown): unknown {
  return new RNNLayer(readOptions(options) as RNNOptions);
}
