/**
 * The runtime base of the combinators (residual, parallel, repeat): a layer made of other layers. On
 * each call it runs its parts on a fresh input of the call's shape, so a mistake is reported by the
 * inner layer that made it; in an outer model it is one row, whose weights are its parts'.
 */
import { BaseLayer, checkedCount, SingleInputLayer, sumParamTotals, type ParamTotals, type Weight } from "../core/layer.js";
import type { Shape } from "../core/shape.js";
import type { SymbolicTensor } from "../core/tensor.js";
import { blockInput, InputLayer } from "../layers/core/input.js";

export abstract class CompositeLayer extends SingleInputLayer {
  /** The layers this one is made of, whose weights it holds. */
  abstract get parts(): readonly BaseLayer<any>[];
  /** The layers it is made of, as a summary with `expandNested` lists them. */
  get layers(): readonly BaseLayer<any>[] {
    return this.parts;
  }
  /** Runs the parts on a tensor and returns the result. */
  protected abstract run(x: SymbolicTensor): SymbolicTensor;

  constructor(options: { readonly name?: string | undefined }, className: string) {
    super(options.name === undefined ? {} : { name: options.name }, className);
  }
  /** @internal Weights and built state read through the getters below, made once, not per block (see BaseLayer's constructor). */
  static readonly readsThrough = true;
  static {
    Object.defineProperties(CompositeLayer.prototype, {
      weights: { get(this: CompositeLayer) { return this.collectWeights([]); }, configurable: true },
      built: { get(this: CompositeLayer) { return this.parts.every((l) => l.built); }, configurable: true },
    });
  }
  computeOutputShape(s: Shape): Shape {
    // A named input takes no default name, so the user's own layers keep Keras's numbering.
    const input = blockInput(s, `${this.name}_input`);
    const output = this.run(input);
    this.graph ??= { input, output };
    return output.shape;
  }
  /** The graph of the parts on the first call (an input of that call's shape, and the output): what the TF.js bridge builds. */
  declare graph: { readonly input: SymbolicTensor; readonly output: SymbolicTensor } | undefined;
  override collectWeights(out: Weight[]): Weight[] {
    for (const l of this.parts) l.collectWeights(out);
    return out;
  }
  override collectLeaves(into: BaseLayer<any>[]): BaseLayer<any>[] {
    for (const l of this.parts) l.collectLeaves(into);
    return into;
  }
  protected override build(): void {}
  /** @internal Its parts' weights counted by kind (a block holds each layer object once: placement.ts). */
  override paramTotals(): ParamTotals {
    return sumParamTotals(this.parts);
  }
  override countParams(): number {
    // A loop, not a map with a closure made per call; the message only for a sum that is not safe.
    let n = 0;
    for (const l of this.parts) n += l.countParams();
    return checkedCount(this, n);
  }
}

/** Throws unless `l` is a layer (plain JavaScript callers are not checked by the compiler). */
export const isLayer = (l: unknown): l is BaseLayer<any> => l instanceof BaseLayer && !(l instanceof InputLayer);
