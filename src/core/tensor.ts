/** The symbolic tensor: a shape flowing between layers, with the history a model is built from. */
import type { Shape } from "./shape.js";

/** One call of a layer: which tensors went in. A layer called twice has two nodes and shares its weights. */
export interface Node {
  readonly layer: { readonly name: string };
  readonly inputs: readonly SymbolicTensor[];
  /** Which call of its layer this is: the `[0]` in Keras's `dense[0][0]`. */
  readonly index: number;
  /** The tensor the call returned (set right after the call); the first of `outputs`. */
  output: SymbolicTensor | undefined;
  /**
   * Every tensor the call returned, in Keras's order: one for most layers, `[output, h, c]` for an
   * LSTM with `returnState` (set right after the call).
   */
  outputs: readonly SymbolicTensor[];
}

/**
 * A placeholder for the data that will flow through a model: it has a shape and no values. Its type
 * carries the shape, so a hover reads `SymbolicTensor<[null, 4]>`, and `.shape` is that same tuple at
 * run time.
 */
export class SymbolicTensor<S extends Shape = Shape> {
  // Declared, set in the constructor: a field declaration would define each one as undefined first.
  declare readonly shape: S;
  /** The layer call that made this tensor. */
  declare readonly node: Node;
  /** Which of its call's outputs this is: the `[1]` in Keras's `lstm[0][1]`. */
  declare readonly outputIndex: number;
  constructor(shape: S, node: Node, outputIndex = 0) {
    this.shape = shape;
    this.node = node;
    this.outputIndex = outputIndex;
  }
  /** How many axes the tensor has, the batch axis included. */
  get rank(): S["length"] {
    return this.shape.length;
  }
  /** The tensor's name as Keras shows it in `Connected to`: `dense[0][0]`, `lstm[0][1]` for an LSTM's state h. */
  get name(): string {
    return `${this.node.layer.name}[${this.node.index}][${this.outputIndex}]`;
  }
}

/**
 * A tensor alive as long as the module, so that V8's hidden class of tensors outlives every model: when
 * the last tensor of the last model is collected, the class goes with it, and the code compiled for it
 * (making tensors, calling layers) is thrown away and compiled again for the next model.
 */
const keepClassAlive: SymbolicTensor = new SymbolicTensor([], { layer: { name: "" }, inputs: [], index: 0, output: undefined, outputs: [] });
