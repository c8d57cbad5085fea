import { fail } from "./errors.js";
import { firstDisagreement, formatShape } from "./shape.js";
import { SymbolicTensor } from "./tensor.js";
export const inputMismatch = (layer, declared, got) => `${layer}: the layer was declared with batch input shape ${declared}, but is called on ${got}. Fix: make the declared inputShape match the data, or leave it out: only the first layer of a Sequential needs it.`;
// ---------------------------------------------------------------------------------------------------
// Run time
const counters = new Map();
/** Keras's default name for a class: `Dense` -> `dense`, `InputLayer` -> `input_layer`, `Conv2D` -> `conv2d`. */
export const snakeCase = (name) => name.replace(/(.)([A-Z][a-z]+)/g, "$1_$2").replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();
/** A fresh name for an object of class `base`: `dense`, then `dense_1`, `dense_2`, ... as Keras numbers them. */
export const uniqueName = (base) => {
    const n = counters.get(base) ?? 0;
    counters.set(base, n + 1);
    return n === 0 ? base : `${base}_${n}`;
};
/** Forgets all default names given so far, as `keras.backend.clear_session()` does: the next Dense is `dense` again. */
export const clearSession = () => counters.clear();
/**
 * Runtime twin of `Layer`. An instance is itself a function, so `dense({ units: 4 })(x)` works as in
 * Keras; a subclass implements `computeOutputShape` (throwing `ShapeError` with the type level's
 * message) and `weightSpecs`.
 */
export class BaseLayer {
    /** The shapes of the weights for an input shape (called only after `computeOutputShape` accepted it). */
    weightSpecs(_input) {
        return {};
    }
    constructor(options, className, batchInputShape) {
        // A layer is callable: the function stands in for the instance, with the class's prototype.
        const self = ((x) => self.apply(x));
        delete self.name;
        delete self.length;
        Object.setPrototypeOf(self, new.target.prototype);
        Object.assign(self, {
            className,
            name: options.name ?? uniqueName(snakeCase(className)),
            trainable: options.trainable ?? true,
            batchInputShape,
            built: false,
            weights: [],
            nodes: [],
            builtFor: undefined,
        });
        return self;
    }
    /** Calls the layer on a tensor (or a tuple of tensors, for merge layers) and returns the output tensor. */
    apply(x) {
        const { tensors, shape } = this.inputOf(x);
        const declared = this.batchInputShape;
        if (declared !== undefined && isShape(shape)) {
            if (declared.length !== shape.length || firstDisagreement(declared, shape) !== -1)
                fail(inputMismatch(this.className, formatShape(declared), formatShape(shape)), this.name);
        }
        const out = this.computeOutputShape(shape);
        this.build(shape);
        const node = { layer: this, inputs: tensors, index: this.nodes.length, output: undefined };
        this.nodes.push(node);
        return (node.output = new SymbolicTensor(out, node));
    }
    /** Makes the weights on the first call; a later call must fit the same weights, since they are shared. */
    build(input) {
        const specs = this.weightSpecs(input);
        const key = JSON.stringify(Object.entries(specs).map(([k, w]) => [k, w.shape]));
        if (this.builtFor === undefined) {
            this.builtFor = key;
            this.weights = Object.entries(specs).map(([k, w]) => ({
                name: `${this.name}/${k}`,
                shape: w.shape,
                trainable: this.trainable && (w.trainable ?? true),
            }));
            this.built = true;
        }
        else if (this.builtFor !== key) {
            fail(sharedWeights(this.className, this.name, describeWeights(this.weights), formatShapes(input)), this.name);
        }
    }
    countParams() {
        return this.weights.reduce((n, w) => n + w.shape.reduce((p, d) => p * d, 1), 0);
    }
    /** The output tensor of this layer's last call. */
    get output() {
        return this.nodes[this.nodes.length - 1]?.output;
    }
}
const describeWeights = (ws) => ws.map((w) => `${w.name.split("/").pop()} ${formatShape(w.shape)}`).join(", ");
const formatShapes = (s) => isShapeList(s) ? s.map(formatShape).join(" and ") : formatShape(s);
const isShapeList = (s) => Array.isArray(s[0]);
const isShape = (s) => !isShapeList(s);
export const sharedWeights = (layer, name, weights, got) => `${layer} "${name}" already has weights ${weights} from its first call, and they cannot take the input ${got}. Fix: a layer called twice shares its weights, so call it on inputs of the same shape, or create a new layer.`;
export const notATensor = (layer, got) => `${layer}: expected a SymbolicTensor (from input() or another layer), but got ${got}. Fix: start from input({ shape: [...] }) and pass the tensor a layer returned.`;
/** A short description of a value for messages. */
export const describe = (x) => x === null ? "null" : Array.isArray(x) ? `an array of ${x.length}` : typeof x === "object" ? (x.constructor?.name ?? "an object") : typeof x;
/** Base for layers that take one tensor. */
export class SingleInputLayer extends BaseLayer {
    inputOf(x) {
        if (!(x instanceof SymbolicTensor))
            return fail(notATensor(this.className, describe(x)), this.name);
        return { tensors: [x], shape: x.shape };
    }
}
