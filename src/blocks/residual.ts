/**
 * residual(main, shortcut?): a residual connection as one layer: the main path and the shortcut (the
 * identity when left out) both take the input, and their outputs are added, with Add's shape check.
 * ResNet's identity block is `residual(main)`, its conv block `residual(main, projection)`.
 *
 * ```ts
 * const block = residual(sequential({ layers: [conv2d({ filters: 64, kernelSize: 3, padding: "same" })] }));
 * block(input({ shape: [56, 56, 64] }));   // SymbolicTensor<[null, 56, 56, 64]>
 * ```
 */
import type { Add as Plus } from "../core/arith.js";
import { fail, type Checked, type ShapeErr } from "../core/errors.js";
import {
  describe,
  type AnyLayer,
  type Apply,
  type BaseLayer,
  type blockDepth,
  type BlockRule,
  type depthKey,
  type Layer,
  type LayerParams,
  type maxNesting,
  type mergeShapes,
  type tooDeep,
  type TooDeep,
  type UnknownBlock,
} from "../core/layer.js";
import type { SymbolicTensor } from "../core/tensor.js";
import { add } from "../layers/merging/add.js";
import type { ElementwiseRule } from "../layers/merging/merge.js";
import { CompositeLayer, isLayer } from "./composite.js";
import { checkKeys } from "../core/options.js";
import { readOptions } from "../core/read-options.js";
import { checkPlacedOnce } from "../core/placement.js";

export type notABlock<combinator extends string, what extends string, got extends string> =
  `${combinator}: ${what} must be a layer (or a sequential block), but got ${got}. Fix: pass e.g. sequential({ layers: [...] }) or a layer such as conv2d({ ... }).`;
export const notABlock = <combinator extends string, what extends string, got extends string>(
  combinator: combinator,
  what: what,
  got: got,
): notABlock<combinator, what, got> =>
  `${combinator}: ${what} must be a layer (or a sequential block), but got ${got}. Fix: pass e.g. sequential({ layers: [...] }) or a layer such as conv2d({ ... }).`;

/** The output of the residual connection on input `s`: Add of the main path and the shortcut (or `s`). */
type residualShape<m extends AnyLayer, sc, s> = Apply<m, s> extends infer a
  ? [a] extends [ShapeErr<string>]
    ? a
    : (sc extends AnyLayer ? Apply<sc, s> : s) extends infer b
      ? [b] extends [ShapeErr<string>]
        ? b
        : mergeShapes<ElementwiseRule<"Add", "add">, [a, b]>
      : never
  : never;

/** Both paths' parameters, each counted before the sum so that nested blocks stay shallow for the compiler. */
type residualParams<m extends AnyLayer, sc, s> = LayerParams<m, s> extends infer a
  ? (sc extends AnyLayer ? LayerParams<sc, s> : 0) extends infer b
    ? Plus<a, b>
    : never
  : never;

export interface ResidualRule<m extends AnyLayer, sc> extends BlockRule {
  readonly layer: "Residual";
  readonly output: residualShape<m, sc, this["input"]>;
  readonly blockParams: residualParams<m, sc, this["input"]>;
  readonly weights: [["params", [this["blockParams"]]]];
}

/** A residual connection's type: `Residual<main, shortcut>` (`undefined` for the identity). */
export interface Residual<m extends AnyLayer, sc extends AnyLayer | undefined = undefined> extends Layer<ResidualRule<m, sc>, undefined, number> {
  readonly className: "Residual";
  /** @internal */
  readonly [depthKey]: blockDepth<m | (sc & {})>;
}

class ResidualLayer extends CompositeLayer {
  readonly #main: BaseLayer<any>;
  readonly #shortcut: BaseLayer<any> | undefined;
  readonly #add: BaseLayer<any>;
  readonly #parts: readonly BaseLayer<any>[];
  constructor(main: unknown, shortcut: unknown, name: string | undefined) {
    if (!isLayer(main)) fail(notABlock("residual", "the main path", describe(main)));
    if (shortcut !== undefined && !isLayer(shortcut)) fail(notABlock("residual", "the shortcut", describe(shortcut)));
    if (shortcut !== undefined) checkPlacedOnce("residual", [main as BaseLayer<any>, shortcut as BaseLayer<any>]);
    super({ name }, "Residual");
    this.#main = main as BaseLayer<any>;
    this.#shortcut = shortcut as BaseLayer<any> | undefined;
    this.#parts = this.#shortcut ? [this.#main, this.#shortcut] : [this.#main];
    this.#add = add({ name: `${this.name}_add` }) as unknown as BaseLayer<any>;
  }
  get parts(): readonly BaseLayer<any>[] {
    // Made once: placement walks, weight counts and summaries each read it (as Repeat's and Parallel's are).
    return this.#parts;
  }
  protected run(x: SymbolicTensor): SymbolicTensor {
    const a = this.#main.applyOne(x);
    const b = this.#shortcut ? this.#shortcut.applyOne(x) : x;
    return this.#add.applyOne([a, b]);
  }
}

/**
 * A residual connection as one layer: `main(x) + shortcut(x)`, or `main(x) + x` without a shortcut.
 * Its type folds both paths on the input at the call, and checks their sum as Add does.
 *
 * @example
 * ```ts
 * const identity = residual(sequential({ layers: [dense({ units: 8, activation: "relu" }), dense({ units: 8 })] }));
 * identity(input({ shape: [8] }));                                  // SymbolicTensor<[null, 8]>: 144 params
 * residual(dense({ units: 16 }), dense({ units: 16 }))(input({ shape: [8] })); // SymbolicTensor<[null, 16]>
 * ```
 */
export function residual<const m extends AnyLayer, const sc extends AnyLayer | undefined = undefined>(
  main: Checked<TooDeep<m | (sc & {})> extends true ? ShapeErr<tooDeep<"residual", maxNesting>> : "ok", m>,
  shortcut?: sc,
  options?: { readonly name?: string },
): TooDeep<m | (sc & {})> extends true ? UnknownBlock<"Residual"> : Residual<m, sc>;
export function residual(main: unknown, shortcut?: unknown, options: unknown = {}): unknown {
  const o = readOptions(options) as { readonly name?: string };
  checkKeys("residual", o, ["name"]);
  return new ResidualLayer(main, shortcut, o.name);
}
