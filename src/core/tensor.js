/**
 * A placeholder for the data that will flow through a model: it has a shape and no values. Its type
 * carries the shape, so a hover reads `SymbolicTensor<[null, 4]>`, and `.shape` is that same tuple at
 * run time.
 */
export class SymbolicTensor {
    shape;
    /** The layer call that made this tensor. */
    node;
    constructor(shape, node) {
        this.shape = shape;
        this.node = node;
    }
    /** How many axes the tensor has, the batch axis included. */
    get rank() {
        return this.shape.length;
    }
    /** The tensor's name as Keras shows it in `Connected to`: `dense[0][0]`. */
    get name() {
        return `${this.node.layer.name}[${this.node.index}][0]`;
    }
}
