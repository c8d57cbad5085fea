// Sequential and functional models: using a model with no input shape, adding in the wrong order.
import { dense, dropout, flatten, input, sequential } from "../../src/index.js";

const noInput = sequential().add(dense({ units: 4 })).add(dense({ units: 1 }));
// error: The 'this' context of type 'Sequential<undefined, [Dense<4>, Dense<1>], 0>' is not assignable to method's 'this' of type '"Sequential: the model has no input shape, so its shapes and weights are not known. Fix: give the first layer an input shape, e.g. dense({ units: 4, inputShape: [3] }), or add input({ shape: [3] }) first."'
noInput.summary();
// error: Sequential: the model has no input shape, so its shapes and weights are not known.
noInput.countParams();
// The output shape of such a model is the message itself, so using it as a shape fails.
// error: Type 'ShapeErr<"Sequential: the model has no input shape, so its shapes and weights are not known. Fix: give the first layer an input shape, e.g. dense({ units: 4, inputShape: [3] }), or add input({ shape: [3] }) first.">' is missing the following properties from type 'readonly (number | null)[]'
const shape: readonly (number | null)[] = noInput.outputShape;

// A layer that cannot take the running shape is an error at that .add.
const seq = sequential().add(dense({ units: 4, inputShape: [3] }));
// error: Argument of type 'Dense<{ units: 4; batchInputShape: [null, 5]; }>' is not assignable to parameter of type '"Dense: the layer was declared with batch input shape (None, 5), but is called on (None, 4).
seq.add(dense({ units: 4, inputShape: [5] }));

// error: Sequential: an input() tensor can only be the first thing added, but the model already has an input or layers, and shape (None, 4). Fix: add input({ shape: [...] }) once, before any layer.
seq.add(input({ shape: [3] }));

// In the layers list, the message says which layer.
// error: Sequential layer 2: Dense needs the last axis (features) of its input defined, since its kernel is [features, units], but got (None, None).
sequential({ layers: [input({ shape: [null, 3] }), flatten(), dense({ units: 2 })] });

// error: Dropout: rate is the fraction of inputs to drop and must be between 0 and 1, but got 1.5. Fix: use e.g. rate: 0.5.
dropout({ rate: 1.5 });
// error: Dropout: rate is the fraction of inputs to drop and must be between 0 and 1, but got -0.1.
dropout({ rate: -0.1 });
export { shape };

// One mistake in a chain is reported at its step, and the layers after it are silent. The model's output
// then carries the sentence (it used to be the shape of the chain without the failed step, [null, 1]
// here: a confident type for a model whose building throws), so it is no shape.
const chained = sequential()
  .add(dense({ units: 4, inputShape: [3] }))
  // error: Dense: the layer was declared with batch input shape (None, 9), but is called on (None, 4).
  .add(dense({ units: 2, inputShape: [9] }))
  .add(dense({ units: 1 }));
// error: Type 'Failed<"Dense: the layer was declared with batch input shape (None, 9), but is called on (None, 4).
export const chainedOut: [null, 1] = chained.outputShape;

// A non-literal first-layer shape: the count is `number`, so it is not a string (with `never` this compiled).
const dims: number[] = [3];
// error: Type 'number' is not assignable to type 'string'.
export const notAString: string = sequential().add(dense({ units: 4, inputShape: dims })).countParams();
const anyLayer: any = dense({ units: 2 });
// error: Type 'number' is not assignable to type 'string'.
export const notAString2: string = sequential().add(dense({ units: 4, inputShape: [3] })).add(anyLayer).countParams();

// A Sequential without an input shape: summary() and countParams() are errors with the sentence; its
// outputShape is typed as the sentence (ShapeErr<...>), so any use of it as a shape is an error that
// shows the sentence, but a property access cannot be an error by itself: passing it where anything goes
// (console.log takes `any`) compiles, and the getter throws the same sentence as a ShapeError at run time.
const pending = sequential().add(dense({ units: 4 }));
// error: The 'this' context of type 'Sequential<undefined, [Dense<4>], 0>' is not assignable to method's 'this' of type '"Sequential: the model has no input shape
pending.summary({ printFn: () => {} });
// error: Sequential: the model has no input shape, so its shapes and weights are not known.
export const pendingCount: number = pending.countParams();
// error: Sequential: the model has no input shape, so its shapes and weights are not known.
export const pendingRank: number = pending.outputShape.length;
// error: Sequential: the model has no input shape, so its shapes and weights are not known.
export const pendingInput: readonly (number | null)[] = pending.inputShape;
export const logged = (log: (x: any) => void) => log(pending.outputShape); // compiles: see above
