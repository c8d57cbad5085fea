/**
 * One error vocabulary for both halves of shapeflow: a rule that fails at the type level returns
 * `ShapeErr<message>`, and its runtime twin throws `ShapeError` with the very same message.
 */
/** Thrown by the runtime mirror; its message is the same sentence the compiler shows. */
export class ShapeError extends Error {
    name = "ShapeError";
    /** The name of the layer or model that rejected its input (`dense_1`), when there is one. */
    layer;
    constructor(message, layer) {
        super(message);
        this.layer = layer;
    }
}
/** Throws a `ShapeError`; typed `never` so the checks read as guards. */
export const fail = (message, layer) => {
    throw new ShapeError(message, layer);
};
