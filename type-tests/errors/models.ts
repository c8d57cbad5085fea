// Sequential and functional models: using a model with no input shape, adding in the wrong order.
import { concatenate, conv1d, conv2d, dense, dropout, flatten, input, lstm, model, sequential } from "../../src/index.js";

const noInput = sequential().add(dense({ units: 4 })).add(dense({ units: 1 }));
// error: The 'this' context of type 'Sequential<undefined, [Dense<4>, Dense<1>], Params<number>>' is not assignable to method's 'this' of type '"Sequential: the model has no input shape, so its shapes and weights are not known. Fix: give the first layer an input shape, e.g. dense({ units: 4, inputShape: [3] }), or add input({ shape: [3] }) first."'
noInput.summary();
// error: Sequential: the model has no input shape, so its shapes and weights are not known.
noInput.countParams();
// The output shape of such a model is the message itself, so using it as a shape fails.
// error: Type 'ShapeErr<"Sequential: the model has no input shape, so its shapes and weights are not known. Fix: give the first layer an input shape, e.g. dense({ units: 4, inputShape: [3] }), or add input({ shape: [3] }) first.">' is missing the following properties from type 'readonly (number | null)[]'
const shape: readonly (number | null)[] = noInput.outputShape;

// Keras's model.add(...) written as statements: the runtime model has its layers, but the variable
// keeps the type it was declared with, the empty Sequential; the message says so and how to write it.
const statements = sequential();
statements.add(dense({ units: 4, inputShape: [3] }));
// error: Sequential: the model has no input shape, as it has no layers. If you added them with model.add(...) written as statements, the variable kept the type it was declared with. Fix: chain the calls, sequential().add(input({ shape: [3] })).add(dense({ units: 4 })), or use what .add returns.
statements.summary();
// error: Sequential: the model has no input shape, as it has no layers.
statements.countParams();

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
// error: The 'this' context of type 'Sequential<undefined, [Dense<4>], Params<number>>' is not assignable to method's 'this' of type '"Sequential: the model has no input shape
pending.summary({ printFn: () => {} });
// error: Sequential: the model has no input shape, so its shapes and weights are not known.
export const pendingCount: number = pending.countParams();
// error: Sequential: the model has no input shape, so its shapes and weights are not known.
export const pendingRank: number = pending.outputShape.length;
// error: Sequential: the model has no input shape, so its shapes and weights are not known.
export const pendingInput: readonly (number | null)[] = pending.inputShape;
export const logged = (log: (x: any) => void) => log(pending.outputShape); // compiles: see above

// A model called as a layer checks its input as a model (any batch size), with a fix that fits a model.
const encIn = input({ shape: [28, 28, 1] });
const encoder = model({ inputs: encIn, outputs: dense({ units: 8 })(flatten()(encIn)) });
// error: Functional: the model takes inputs of shape (None, 28, 28, 1) (any batch size), but is called on (None, 28, 28, 3). Fix: call it on a tensor of that shape, or build the model on an input with None for the sizes that vary, e.g. input({ shape: [null, 3] }).
encoder(input({ shape: [28, 28, 3] }));
// error: Functional: the model takes inputs of shape (None, 28, 28, 1) (any batch size), but is called on (None, 28, 28).
encoder.apply(input({ shape: [28, 28] }));
// error: Sequential: the model takes inputs of shape (None, 3) (any batch size), but is called on (None, 6).
sequential({ layers: [input({ shape: [3] }), dense({ units: 2 })] })(input({ shape: [6] }));
// In a Sequential, the model's check is the layer's: the message says which.
// error: Sequential layer 1: Functional: the model takes inputs of shape (None, 28, 28, 1) (any batch size), but is called on (None, 4).
sequential({ layers: [input({ shape: [4] }), encoder] });
// Several inputs take a list of as many tensors, each checked.
const x1 = input({ shape: [3] });
const x2 = input({ shape: [4] });
const two = model({ inputs: [x1, x2], outputs: dense({ units: 1 })(concatenate()([x1, x2])) });
// error: Functional: the model takes 2 inputs, but is called on one tensor. Fix: pass a list of 2 tensors, in the order of its inputs.
two(input({ shape: [3] }));
// error: Functional: the model takes 2 inputs, but is called on 3.
two([x1, x2, x2]);
// error: Functional input 1: the model takes inputs of shape (None, 4) (any batch size), but is called on (None, 5).
two([input({ shape: [3] }), input({ shape: [5] })]);
// error: Functional: the model takes one input, but is called on a list. Fix: pass the tensor itself, not in a list.
encoder([encIn]);
// A model of several outputs cannot be called as a layer yet (a call gives one tensor), in types and at run time.
const split = model({ inputs: x1, outputs: [dense({ units: 1 })(x1), dense({ units: 2 })(x1)] });
// error: Functional: a model of 2 outputs cannot be called as a layer yet (a layer call gives one tensor). Fix: call its layers on the tensors instead, or build one model for each output.
split(x1);
// Built on (None, None, 3), a kernel of 3 still needs 3 steps: the runtime runs the layers again and says so
// (the types keep no graph, so they cannot: see models.test-d.ts); a known size that does not fit is refused here.
const seqIn = input({ shape: [null, 3] });
const conv = model({ inputs: seqIn, outputs: conv1d({ filters: 2, kernelSize: 3 })(seqIn) });
// error: Functional: the model takes inputs of shape (None, None, 3) (any batch size), but is called on (None, 10, 4).
conv(input({ shape: [10, 4] }));

// inputShape with the batch axis in it, the most common Keras mistake, is said as such when the first
// layer cannot take the shape it makes but would take it without that axis (alone it is valid:
// samples of (None, 28, 28, 1)).
// error: Sequential layer 0: The declared input (None, None, 28, 28, 1) starts with None twice: inputShape leaves out the batch axis, so inputShape: [null, 28, 28, 1] adds one more. Fix: if its first null is the batch axis, write inputShape: [28, 28, 1]. Conv2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, None, 28, 28, 1) of rank 5."
sequential({ layers: [conv2d({ filters: 8, kernelSize: 3, inputShape: [null, 28, 28, 1] }), flatten(), dense({ units: 10 })] });
// error: "The declared input (None, None, 28, 28, 1) starts with None twice: inputShape leaves out the batch axis, so inputShape: [null, 28, 28, 1] adds one more. Fix: if its first null is the batch axis, write inputShape: [28, 28, 1]. Conv2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, None, 28, 28, 1) of rank 5."
sequential().add(conv2d({ filters: 8, kernelSize: 3, inputShape: [null, 28, 28, 1] }));
// The number of samples written into inputShape: said when the layer takes the shape without it,
// first, with its fix in place of the layer's (the compiler shows about 320 characters of a message).
// error: "inputShape leaves out the batch axis, so the declared input is (None, 30, 50, 50, 3). Fix: if the first size (30) is the number of samples, write inputShape: [50, 50, 3], and batchSize: 30 for a fixed batch. Conv2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 30, 50, 50, 3) of rank 5."
sequential().add(conv2d({ filters: 8, kernelSize: 3, inputShape: [30, 50, 50, 3] }));
// error: Sequential layer 0: inputShape leaves out the batch axis, so the declared input is (None, 32, 10, 3). Fix: if the first size (32) is the number of samples, write inputShape: [10, 3], and batchSize: 32 for a fixed batch. LSTM needs (batch, steps, features), an input of rank 3, but got (None, 32, 10, 3) of rank 4."
sequential({ layers: [lstm({ units: 4, inputShape: [32, 10, 3] })] });
// A size the compiler does not know gets the hint too, with `?` for the size (the runtime names it).
declare const samples: number;
// error: "inputShape leaves out the batch axis, so the declared input is (None, ?, 50, 50, 3). Fix: if the first size (?) is the number of samples, write inputShape: [50, 50, 3], and batchSize: ? for a fixed batch. Conv2D needs
sequential().add(conv2d({ filters: 8, kernelSize: 3, inputShape: [samples, 50, 50, 3] }));
// Not said when the layer would not take the shape without that axis either (rank 2 is too few for Conv2D).
// error: but got (None, 50, 3) of rank 3. Fix: give the input that layout, e.g. input({ shape: [28, 28, 1] }).
sequential().add(conv2d({ filters: 8, kernelSize: 3, inputShape: [50, 3] }));

// A block's list (no input shape) with an input() tensor after its first layer names that entry, as the fold does (hover2).
// error: Sequential layer 2: Sequential: an input() tensor can only be the first thing added, but the model already has an input or layers, and shape (unknown). Fix: add input({ shape: [...] }) once, before any layer.
sequential({ layers: [dense({ units: 4 }), dense({ units: 2 }), input({ shape: [3] })] });
