/**
 * Bidirectional: runs a recurrent layer forwards and a copy of it backwards over the sequence, and
 * merges the two outputs: `concat` (the default: the last axis doubles), `sum`, `mul`, `ave`, or `null`
 * (the two outputs apart). With `returnState` the states follow, forward ones first. Its weights are
 * the forward layer's, then the backward layer's: twice the wrapped layer's count.
 *
 * ```ts
 * const x = input({ shape: [null, 128] });                        // SymbolicTensor<[null, null, 128]>
 * bidirectional({ layer: lstm({ units: 64 }) })(x);               // SymbolicTensor<[null, 128]>: 98,816 params
 * ```
 */
import type { Add } from "../../core/arith.js";
import type { declaredConfig, declaredOf } from "../../core/config.js";
import { badChoice } from "../../core/conv.js";
import { fail, type CheckedOptions, type firstErr, type OptionErr, type ShapeErr } from "../../core/errors.js";
import { declaredInput, type InputSpecOptions } from "../../core/input-spec.js";
import {
  describe,
  initialState,
  SingleInputLayer,
  type AnyLayer,
  type BaseLayerOptions,
  type MultiOutputLayer,
  type MultiRule,
  type ruleKey,
  type runOutputs,
  type ruleWeights,
  type severalOutputs,
  type WeightSpec,
} from "../../core/layer.js";
import { baseKeys, checkKeys, inputKeys } from "../../core/options.js";
import { readOptions } from "../../core/read-options.js";
import { SymbolicTensor } from "../../core/tensor.js";
import { formatShape, type Dim, type Init, type IsKnown, type Last, type Shape } from "../../core/shape.js";
import { RecurrentLayer } from "./base-rnn.js";
import type { BidirectionalOptions as BidirectionalOptionsCall } from "../option-calls.js";

export type MergeMode = "concat" | "sum" | "mul" | "ave";
const mergeModes = ["concat", "sum", "mul", "ave"] as const;

export interface BidirectionalOptions extends BaseLayerOptions, InputSpecOptions {
  /** The recurrent layer run forwards (simpleRNN, lstm, gru); a copy runs backwards. */
  readonly layer: AnyLayer;
  /** How the two outputs are merged: `concat` (default), `sum`, `mul`, `ave`, or `null` for both apart. */
  readonly mergeMode?: MergeMode | null;
  /** The layer run backwards, instead of a copy of `layer` with `goBackwards: true`. */
  readonly backwardLayer?: AnyLayer;
}
const bidirectionalKeys = ["layer", "mergeMode", "backwardLayer", ...baseKeys, ...inputKeys] as const;
const recurrentClasses = ["SimpleRNN", "LSTM", "GRU"] as const;

// --- messages --------------------------------------------------------------------------------------

export type notRecurrent<option extends string, got extends string> =
  `Bidirectional: ${option} must be a recurrent layer (simpleRNN, lstm or gru), which reads a sequence in order, but got ${got}. Fix: wrap e.g. lstm({ units: 64 }); for a layer applied to every step, use timeDistributed({ layer }).`;
export const notRecurrent = <option extends string, got extends string>(option: option, got: got): notRecurrent<option, got> =>
  `Bidirectional: ${option} must be a recurrent layer (simpleRNN, lstm or gru), which reads a sequence in order, but got ${got}. Fix: wrap e.g. lstm({ units: 64 }); for a layer applied to every step, use timeDistributed({ layer }).`;

export type sameGoBackwards =
  "Bidirectional: the forward and backward layers must read the sequence in opposite directions, but both have the same goBackwards. Fix: leave goBackwards out of the wrapped layer (the backward copy gets goBackwards: true), or give a backwardLayer with goBackwards: true.";
export const sameGoBackwards: sameGoBackwards =
  "Bidirectional: the forward and backward layers must read the sequence in opposite directions, but both have the same goBackwards. Fix: leave goBackwards out of the wrapped layer (the backward copy gets goBackwards: true), or give a backwardLayer with goBackwards: true.";

export type backwardDiffers<option extends string> =
  `Bidirectional: the backward layer must have the same ${option} as the forward layer, as Keras requires. Fix: give backwardLayer the same ${option}.`;
export const backwardDiffers = <option extends string>(option: option): backwardDiffers<option> =>
  `Bidirectional: the backward layer must have the same ${option} as the forward layer, as Keras requires. Fix: give backwardLayer the same ${option}.`;

export type mergeUnits<mode extends string, forward extends string, backward extends string> =
  `Bidirectional: mergeMode "${mode}" needs the two outputs of one shape, but the forward layer gives ${forward} and the backward layer ${backward}. Fix: give both layers the same units, or use mergeMode "concat".`;
export const mergeUnits = <mode extends string, forward extends string, backward extends string>(
  mode: mode,
  forward: forward,
  backward: backward,
): mergeUnits<mode, forward, backward> =>
  `Bidirectional: mergeMode "${mode}" needs the two outputs of one shape, but the forward layer gives ${forward} and the backward layer ${backward}. Fix: give both layers the same units, or use mergeMode "concat".`;

// --- type-level rule ---------------------------------------------------------------------------------

/** The wrapped layer's rule; a layer whose type says nothing of its shapes (`any`, `AnyLayer`, `Layer`) has `OpaqueRule`. */
type ruleOf<l> = 0 extends 1 & l
  ? OpaqueRule
  : l extends { readonly [ruleKey]: infer r extends MultiRule }
    ? string extends r["layer"] ? OpaqueRule : r
    : OpaqueRule;
/** What a layer the compiler cannot see gives: one tensor or several, of unknown shapes, and weights of unknown count. */
interface OpaqueRule extends MultiRule {
  /** Only this rule has it: no real rule is assignable to `OpaqueRule`, while the compiler's wildcard is. */
  readonly opaque: true;
  readonly layer: string;
  readonly outputs: [Dim[]] | [Dim[], Dim[], ...Dim[][]];
  readonly output: Dim[];
  readonly states: Dim[];
  readonly weights: [[string, number[]]];
}
/** Weight names with the direction in front: `forward/kernel`. */
type prefixed<p extends string, ws> = ws extends readonly unknown[]
  ? { [k in keyof ws]: ws[k] extends readonly [infer n extends string, ...infer rest] ? [`${p}/${n}`, ...rest] : ws[k] }
  : [];
/** The merged output of a forward output `f` and a backward output `b`. */
type merged<f, b, mode> = f extends Shape
  ? number extends f["length"]
    ? Dim[]
    : b extends Shape
      ? number extends b["length"] ? Dim[] : mergedKnown<f, b, mode>
      : never
  : never;
type mergedKnown<f, b, mode> = mode extends "concat"
    ? f extends Shape ? (b extends Shape ? [...Init<f>, Add<Last<f>, Last<b>>] : never) : never
    : f extends Shape
      ? b extends Shape
        ? [Last<f>] extends [Last<b>]
          ? f
          : [Last<b>] extends [Last<f>]
            ? f
            : IsKnown<Last<f>> extends true
              ? IsKnown<Last<b>> extends true ? ShapeErr<mergeUnits<mode & string, formatShape<f>, formatShape<b>>> : f
              : f
        : never
      : never;
/** Bidirectional's outputs from the forward outputs `fs` and the backward outputs `bs`, in Keras's order. */
type biOutputs<fs, bs, mode> = [fs] extends [ShapeErr<string>]
  ? fs
  : [bs] extends [ShapeErr<string>]
    ? bs
    : fs extends readonly [infer f, ...infer fStates]
      ? bs extends readonly [infer b, ...infer bStates]
        ? // Not distributive over the mode, so that a helper's mode parameter gives a result (see switchOn).
          [mode] extends [null]
          ? [f, b, ...fStates, ...bStates]
          : null extends mode
            ? [f, b, ...fStates, ...bStates] | joined<f, b, Exclude<mode, null>, [...fStates, ...bStates]>
            : joined<f, b, mode, [...fStates, ...bStates]>
        : never
      : never;
/**
 * `biOutputs` when the backward layer is a copy of the forward one: each possible forward result with
 * itself, so that `returnState: boolean` gives one output or the output and both layers' states, not
 * also the forward states without the backward ones (review s11, finding 7).
 */
type copiedOutputs<fs, mode> = fs extends unknown ? biOutputs<fs, fs, mode> : never;
/** The merged output, then the states; or the merge's error; for each mode of a union. */
type joined<f, b, mode, states extends readonly unknown[]> = mode extends unknown
  ? merged<f, b, mode> extends infer o ? ([o] extends [ShapeErr<string>] ? o : [o, ...states]) : never
  : never;
/** One output where one tensor goes; several are refused; a union of both (mode or states not known) is unknown. */
type oneOf<os> = [os] extends [ShapeErr<string>]
  ? os
  : [os] extends [readonly [unknown]]
    ? os[0]
    : [os] extends [readonly [unknown, unknown, ...unknown[]]]
      ? ShapeErr<severalOutputs<"Bidirectional", os extends readonly unknown[] ? `${os["length"]}` : "several">>
      : Dim[];

export interface BidirectionalRule<f, b, mode> extends MultiRule {
  readonly layer: "Bidirectional";
  // Both layers opaque, or a helper's layer parameter (the compiler's wildcard, see `Checked`): outputs not known.
  readonly outputs: [ruleOf<f> | ruleOf<backward<f, b>>] extends [OpaqueRule]
    ? biOutputs<OpaqueRule["outputs"], OpaqueRule["outputs"], mode>
    : isSame<b> extends true
      ? // The backward layer is a copy of the forward one: for a union of layers, each member with its own copy.
        f extends unknown
        ? copiedOutputs<runOutputs<ruleOf<f>, this["input"]>, mode>
        : never
      : biOutputs<runOutputs<ruleOf<f>, this["input"]>, runOutputs<ruleOf<b>, this["input"]>, mode>;
  readonly output: oneOf<this["outputs"]>;
  /** No initial states here (the call refuses them). */
  readonly states: [];
  readonly weights: isSame<b> extends true
    ? f extends unknown
      ? [...prefixed<"forward", ruleWeights<ruleOf<f>, this["input"]>>, ...prefixed<"backward", ruleWeights<ruleOf<f>, this["input"]>>]
      : never
    : [...prefixed<"forward", ruleWeights<ruleOf<f>, this["input"]>>, ...prefixed<"backward", ruleWeights<ruleOf<b>, this["input"]>>];
}

/**
 * A Bidirectional layer type; `c` is the part of its options that decides shapes:
 * `Bidirectional<{ layer: LSTM<{ units: 64 }> }>`.
 */
export interface Bidirectional<c = { layer: AnyLayer }>
  extends MultiOutputLayer<BidirectionalRule<layerOf<c>, backwardOf<c>, modeOf<c>>, declaredOf<"Bidirectional", c>> {
  readonly className: "Bidirectional";
}
type layerOf<c> = c extends { readonly layer: infer l } ? l : never;
/** No `backwardLayer`: the backward layer is a copy of `layer` (for a union of layers, of the member chosen). */
type backwardOf<c> = c extends { readonly backwardLayer: infer l } ? l : SameLayer;
declare const sameLayer: unique symbol;
/** @internal The backward layer of a Bidirectional without `backwardLayer`: a copy of its forward layer. */
export interface SameLayer {
  readonly [sameLayer]: true;
}
type isSame<b> = 0 extends 1 & b ? false : [b] extends [SameLayer] ? true : false;
type backward<f, b> = isSame<b> extends true ? f : b;
/** The merge mode: `concat` when absent, any of them (a union) when the compiler cannot tell. */
type modeOf<c> = c extends { readonly mergeMode: infer m } ? (0 extends 1 & m ? MergeMode | null : m) : "concat";

type checkRecurrentLayer<option extends string, l> = 0 extends 1 & l
  ? "ok"
  : l extends { readonly className: infer n extends string }
    ? string extends n
      ? "ok"
      : n extends (typeof recurrentClasses)[number]
        ? "ok"
        : OptionErr<notRecurrent<option, `${n} (a ${n} layer)`>, option>
    : "ok";

/**
 * Keras's `_verify_layer_config` (keras/src/layers/rnn/bidirectional.py): a given backward layer has the
 * forward layer's stateful, returnSequences and returnState, checked in the runtime's order. Only literal
 * values on both sides are compared (a `boolean` passes, for the runtime); goBackwards is not in the
 * layers' types, so that check is the runtime's alone.
 */
type checkBackwardSwitches<f, b> = switchesOf<f> extends infer fs extends Switches
  ? switchesOf<b> extends infer bs extends Switches
    ? differs<fs["stateful"], bs["stateful"]> extends true
      ? OptionErr<backwardDiffers<"stateful">, "backwardLayer">
      : differs<fs["returnSequences"], bs["returnSequences"]> extends true
        ? OptionErr<backwardDiffers<"returnSequences">, "backwardLayer">
        : differs<fs["returnState"], bs["returnState"]> extends true
          ? OptionErr<backwardDiffers<"returnState">, "backwardLayer">
          : "ok"
    : "ok"
  : "ok";
interface Switches {
  readonly stateful: unknown;
  readonly returnSequences: unknown;
  readonly returnState: unknown;
}
type switchesOf<l> = 0 extends 1 & l ? false : ruleOf<l> extends { readonly switches: infer s } ? s : false;
/** Two literal booleans that differ (`boolean` on either side: not known to). */
type differs<a, b> = [boolean] extends [a] ? false : [boolean] extends [b] ? false : [a] extends [b] ? false : true;

/** Everything that can be wrong with Bidirectional's options, first problem first. */
export type checkBidirectional<o> = firstErr<
  [
    checkKeys<"Bidirectional", o, typeof bidirectionalKeys>,
    // o["layer"], not `o extends { readonly layer: infer l }`: inferring a layer type from the options cost
    // about 2,100 instantiations the first time a program did it (pos-tagger, issue 17); the same result.
    checkRecurrentLayer<"layer", o extends { readonly layer: unknown } ? o["layer"] : undefined>,
    o extends { readonly backwardLayer: unknown } ? checkRecurrentLayer<"backwardLayer", o["backwardLayer"]> : "ok",
    o extends { readonly layer: unknown; readonly backwardLayer: unknown } ? checkBackwardSwitches<o["layer"], o["backwardLayer"]> : "ok",
    declaredInput<"Bidirectional", o>,
  ]
>;

// --- runtime twin ------------------------------------------------------------------------------------

const isRecurrent = (l: unknown): l is RecurrentLayer => l instanceof RecurrentLayer;
const describeLayer = (l: unknown): string => {
  const n = typeof l === "function" ? (l as unknown as { className?: unknown }).className : undefined;
  return typeof n === "string" ? `${n} (a ${n} layer)` : describe(l);
};

export class BidirectionalLayer extends SingleInputLayer {
  declare readonly forward: RecurrentLayer;
  declare readonly backward: RecurrentLayer;
  declare readonly mergeMode: MergeMode | null;
  /** Whether the backward layer was given (`backwardLayer`), not copied. */
  declare readonly backwardGiven: boolean;
  constructor(o: BidirectionalOptions) {
    checkKeys("Bidirectional", o, bidirectionalKeys);
    if (!isRecurrent(o.layer)) fail(notRecurrent("layer", describeLayer(o.layer)));
    if (o.backwardLayer !== undefined && !isRecurrent(o.backwardLayer)) fail(notRecurrent("backwardLayer", describeLayer(o.backwardLayer)));
    if (o.mergeMode !== undefined && o.mergeMode !== null && !(mergeModes as readonly string[]).includes(o.mergeMode))
      fail(badChoice("Bidirectional", "mergeMode", JSON.stringify(o.mergeMode), '"concat", "sum", "mul", "ave", null'));
    const layer = o.layer as unknown as RecurrentLayer;
    const given = o.backwardLayer as unknown as RecurrentLayer | undefined;
    // As Keras: the backward copy gets goBackwards: true (set, not toggled), so the two must then differ.
    if ((given?.goBackwards ?? true) === layer.goBackwards) fail(sameGoBackwards);
    if (given !== undefined)
      for (const k of ["stateful", "returnSequences", "returnState"] as const) if (given[k] !== layer[k]) fail(backwardDiffers(k));
    super(o, "Bidirectional", declaredInput("Bidirectional", o));
    Object.assign(this, {
      forward: layer.copy({ name: `forward_${layer.name}` }),
      backward: given ?? layer.copy({ name: `backward_${layer.name}`, goBackwards: true }),
      mergeMode: o.mergeMode === undefined ? "concat" : o.mergeMode,
      backwardGiven: given !== undefined,
    });
  }
  /** No initialState: the forward and backward states would have to be split (types say so too). */
  protected override inputOf(x: unknown, call?: unknown): { tensors: SymbolicTensor[]; shape: Shape } {
    const given = (call as { initialState?: unknown } | undefined)?.initialState;
    if (given !== undefined) {
      const list = Array.isArray(given) ? given : [given];
      fail(initialState("Bidirectional", "0", "()", `[${list.map((t) => (t instanceof SymbolicTensor ? formatShape(t.shape) : describe(t))).join(", ")}]`), this.name);
    }
    return super.inputOf(x);
  }
  /** The two layers whose weights this one holds, for nested summaries. */
  get layers(): readonly RecurrentLayer[] {
    return [this.forward, this.backward];
  }
  override computeOutputShapes(s: Shape): Shape[] {
    const [f, ...fStates] = this.forward.computeOutputShapes(s);
    const [b, ...bStates] = this.backward.computeOutputShapes(s);
    if (this.mergeMode === null) return [f!, b!, ...fStates, ...bStates];
    const fLast = f![f!.length - 1]!;
    const bLast = b![b!.length - 1]!;
    if (this.mergeMode !== "concat" && fLast !== bLast) fail(mergeUnits(this.mergeMode, formatShape(f!), formatShape(b!)), this.name);
    const out = this.mergeMode === "concat" ? [...f!.slice(0, -1), fLast + bLast] : f!;
    return [out, ...fStates, ...bStates];
  }
  computeOutputShape(s: Shape): Shape {
    return this.computeOutputShapes(s)[0]!;
  }
  override weightSpecs(s: Shape): Record<string, WeightSpec> {
    const named = (l: RecurrentLayer) => Object.entries(l.weightSpecs(s)).map(([k, w]) => [`${l.name}/${k}`, w] as const);
    return Object.fromEntries([...named(this.forward), ...named(this.backward)]);
  }
  protected override kerasOwnConfig(): Record<string, unknown> {
    const { className, config } = this.forward.kerasConfig();
    return {
      merge_mode: this.mergeMode,
      layer: { class_name: className, config },
      ...(this.backwardGiven && { backward_layer: { class_name: this.backward.className, config: this.backward.kerasConfig().config } }),
    };
  }
}

/**
 * Runs a recurrent layer over the sequence forwards and a copy backwards, and merges the outputs:
 * `concat` (default), `sum`, `mul`, `ave`, or `null` for both apart (two outputs). Only recurrent
 * layers can be wrapped. Twice the wrapped layer's weights.
 *
 * @example
 * ```ts
 * const x = input({ shape: [null, 128] });                                  // SymbolicTensor<[null, null, 128]>
 * bidirectional({ layer: lstm({ units: 64 }) })(x);                         // SymbolicTensor<[null, 128]>
 * bidirectional({ layer: lstm({ units: 64, returnSequences: true }), mergeMode: "sum" })(x); // SymbolicTensor<[null, null, 64]>
 * const [f, b] = bidirectional({ layer: gru({ units: 8 }), mergeMode: null })(x);          // each SymbolicTensor<[null, 8]>
 * ```
 */
export function bidirectional<const o extends BidirectionalOptionsCall>(
  options: CheckedOptions<checkBidirectional<o>, o, BidirectionalOptions>,
): Bidirectional<declaredConfig<o, "layer" | "mergeMode" | "backwardLayer">>;
export function bidirectional(options: unknown): unknown {
  return new BidirectionalLayer(readOptions(options) as BidirectionalOptions);
}
