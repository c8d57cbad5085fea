/**
 * gate(branch): the input multiplied, element by element, by what `branch` makes of it, with
 * Multiply's shape check (a size of 1 broadcasts). A squeeze-and-excitation block, as in EfficientNet
 * and MobileNetV3, is `gate(sequential({ layers: [globalAveragePooling2d({ keepdims: true }), conv2d(...), conv2d(...)] }))`.
 *
 * ```ts
 * gate(sequential({ layers: [globalAveragePooling2d({ keepdims: true }), conv2d({ filters: 32, kernelSize: 1, activation: "sigmoid" })] }))(x);
 * // x: (None, 7, 7, 32)  ->  SymbolicTensor<[null, 7, 7, 32]>
 * ```
 */
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
import { multiply } from "../layers/merging/multiply.js";
import type { ElementwiseRule } from "../layers/merging/merge.js";
import { CompositeLayer, isLayer } from "./composite.js";
import { notABlock } from "./residual.js";
import { checkKeys } from "../core/options.js";
import { readOptions } from "../core/read-options.js";

/** The output of the gate on input `s`: Multiply of the input and the branch's output. */
type gateShape<b extends AnyLayer, s> = Apply<b, s> extends infer g
  ? [g] extends [ShapeErr<string>] ? g : mergeShapes<ElementwiseRule<"Multiply", "multiply">, [s, g]>
  : never;

export interface GateRule<b extends AnyLayer> extends BlockRule {
  readonly layer: "Gate";
  readonly output: gateShape<b, this["input"]>;
  readonly blockParams: LayerParams<b, this["input"]>;
  readonly weights: [["params", [this["blockParams"]]]];
}

/** A gate's type: `Gate<branch>`. */
export interface Gate<b extends AnyLayer> extends Layer<GateRule<b>, undefined, number> {
  readonly className: "Gate";
  /** @internal */
  readonly [depthKey]: blockDepth<b>;
}

class GateLayer extends CompositeLayer {
  readonly #branch: BaseLayer<any>;
  readonly #multiply: BaseLayer<any>;
  constructor(branch: unknown, name: string | undefined) {
    if (!isLayer(branch)) fail(notABlock("gate", "the branch", describe(branch)));
    super({ name }, "Gate");
    this.#branch = branch as BaseLayer<any>;
    this.#multiply = multiply({ name: `${this.name}_multiply` }) as unknown as BaseLayer<any>;
  }
  get parts(): readonly BaseLayer<any>[] {
    return [this.#branch];
  }
  protected run(x: SymbolicTensor): SymbolicTensor {
    return this.#multiply.applyOne([x, this.#branch.applyOne(x)]);
  }
}

/**
 * The input times `branch(input)`, element by element (a size of 1 broadcasts, as in Multiply): a
 * squeeze-and-excitation block as one layer. Its parameters are the branch's.
 *
 * @example
 * ```ts
 * const se = gate(sequential({ layers: [globalAveragePooling2d({ keepdims: true }), conv2d({ filters: 8, kernelSize: 1, activation: "swish" }), conv2d({ filters: 32, kernelSize: 1, activation: "sigmoid" })] }));
 * se(input({ shape: [7, 7, 32] }));   // SymbolicTensor<[null, 7, 7, 32]>: 552 params
 * ```
 */
export function gate<const b extends AnyLayer>(
  branch: Checked<TooDeep<b> extends true ? ShapeErr<tooDeep<"gate", maxNesting>> : "ok", b>,
  options?: { readonly name?: string },
): TooDeep<b> extends true ? UnknownBlock<"Gate"> : Gate<b>;
export function gate(branch: unknown, options: unknown = {}): unknown {
  const o = readOptions(options) as { readonly name?: string };
  checkKeys("gate", o, ["name"]);
  return new GateLayer(branch, o.name);
}
