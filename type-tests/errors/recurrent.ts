// The recurrent layers and layers of several outputs: every way their input or options can be wrong,
// with the sentence the compiler shows.
import { bidirectional, conv2d, convLstm1d, convLstm2d, convLstm3d, dense, embedding, gru, gruCell, input, lstm, lstmCell, masking, residual, rnn, sequential, simpleRNN, simpleRNNCell, timeDistributed, type SymbolicTensor } from "../../src/index.js";

// Rank 2: no time axis.
// error: LSTM needs (batch, steps, features), an input of rank 3, but got (None, 16) of rank 2. Fix: give each sample a time axis and a feature axis, e.g. input({ shape: [10, 8] }) makes (None, 10, 8); for token ids, put embedding({ inputDim, outputDim }) first.
lstm({ units: 8 })(input({ shape: [16] }));

// Rank 4, through .apply.
// error: GRU needs (batch, steps, features), an input of rank 3, but got (None, 5, 4, 3) of rank 4.
gru({ units: 8 }).apply(input({ shape: [5, 4, 3] }));

// The features axis unknown: the kernel could not be built.
// error: SimpleRNN needs the features axis (the last) of its input defined, since its kernel is [features, units times the gates], but got (None, 10, None). Fix: give the last axis a size in the input shape; batch and steps may be None.
simpleRNN({ units: 4 })(input({ shape: [10, null] }));

// stateful without a fixed batch size (Keras 3 refuses it when the model is built).
// error: LSTM: stateful: true keeps each sample's state from one batch to the next, so the batch size must be fixed (as in Keras 3), but got (None, 10, 16). Fix: give the input a batch size, input({ shape: [...], batchSize: 32 })
lstm({ units: 8, stateful: true })(input({ shape: [10, 16] }));

// The same in a Sequential whose first layer declares its input without a batch size.
// error: LSTM: stateful: true keeps each sample's state from one batch to the next, so the batch size must be fixed (as in Keras 3), but got (None, 10, 16).
sequential().add(lstm({ units: 8, stateful: true, inputShape: [10, 16] }));

// Several outputs where one tensor goes: a Sequential (Keras refuses it too).
// error: LSTM gives 3 tensors here (its output and its states, or the outputs of both directions), but only a layer of one output can go in a Sequential or a block, as in Keras. Fix: use the functional API and pick the tensors: const [out, h, c] = lstm({ units: 8, returnState: true })(x).
sequential().add(input({ shape: [10, 16] })).add(lstm({ units: 8, returnState: true }));

// error: GRU gives 2 tensors here
sequential({ layers: [gru({ units: 8, returnState: true, inputShape: [10, 16] })] });

// A tuple of tensors passed where one tensor goes: our sentence, at every kind of call that takes one tensor.
// error: Dense: expected one SymbolicTensor, but got a list of 3 tensors, as a layer with several outputs returns them. Fix: pick one: const [out, h, c] = lstm({ units: 8, returnState: true })(x), then pass out.
dense({ units: 1 })(lstm({ units: 8, returnState: true })(input({ shape: [10, 16] })));
// error: LSTM: expected one SymbolicTensor, but got a list of 2 tensors
lstm({ units: 4 }).apply(gru({ units: 8, returnState: true })(input({ shape: [10, 16] })));
// error: Bidirectional: expected one SymbolicTensor, but got a list of 2 tensors
bidirectional({ layer: lstm({ units: 4 }), mergeMode: null })(bidirectional({ layer: lstm({ units: 4 }), mergeMode: null })(input({ shape: [10, 16] })));
// error: Sequential: expected one SymbolicTensor, but got a list of 2 tensors
sequential().add(input({ shape: [8] })).add(dense({ units: 2 }))(gru({ units: 8, returnState: true })(input({ shape: [10, 16] })));
// error: Residual: expected one SymbolicTensor, but got a list of 3 tensors
residual(dense({ units: 8 }))(lstm({ units: 8, returnState: true })(input({ shape: [10, 16] })));
// A list the compiler does not count.
declare const someTensors: SymbolicTensor[];
// error: Conv2D: expected one SymbolicTensor, but got a list of ? tensors
conv2d({ filters: 2, kernelSize: 3 })(someTensors);

// Options.
// error: LSTM: units must be a positive integer (the size of the state and of the output's last axis), but got 0. Fix: use e.g. units: 32.
lstm({ units: 0 });
// error: GRU: dropout is a fraction to drop in training and must be between 0 and 1, but got 1.5. Fix: use e.g. dropout: 0.2, or leave it out for 0.
gru({ units: 4, dropout: 1.5 });
// error: SimpleRNN: recurrentDropout is a fraction to drop in training and must be between 0 and 1, but got -0.1.
simpleRNN({ units: 4, recurrentDropout: -0.1 });
// error: LSTM has no option "returnSequence". Fix: did you mean returnSequences? LSTM takes units, activation, useBias, returnSequences, returnState, goBackwards, stateful, unroll, dropout, recurrentDropout, name, trainable, inputShape, inputDim, batchInputShape, batchShape, batchSize, kernelInitializer, recurrentInitializer, biasInitializer, kernelRegularizer, recurrentRegularizer, biasRegularizer, activityRegularizer, kernelConstraint, recurrentConstraint, biasConstraint, dtype, recurrentActivation, unitForgetBias.
lstm({ units: 4, returnSequence: true });
// SimpleRNN has no gates to activate.
// error: SimpleRNN has no option "recurrentActivation".
simpleRNN({ units: 4, recurrentActivation: "sigmoid" });
// error: LSTM: the layer was declared with batch input shape (None, 10, 16), but is called on (None, 10, 8).
lstm({ units: 4, inputShape: [10, 16] })(input({ shape: [10, 8] }));

// --- embedding ---
// Keras 3 dropped inputLength; the message says to remove it.
// error: Embedding: inputLength was removed in Keras 3 (the input's own shape gives the sequence length), but got inputLength: 10. Fix: remove it, and give the length in the input instead: input({ shape: [10] }), or inputShape: [10] on the first layer.
embedding({ inputDim: 100, outputDim: 8, inputLength: 10 });
// error: Embedding: inputDim must be a positive integer (the size of the vocabulary: ids run from 0 to inputDim - 1), but got 0. Fix: use e.g. inputDim: 10000.
embedding({ inputDim: 0, outputDim: 8 });
// error: Embedding: outputDim must be a positive integer (the size of each vector, the output's new last axis), but got 2.5. Fix: use e.g. outputDim: 64.
embedding({ inputDim: 10, outputDim: 2.5 });
// error: Embedding has no option "outputDims".
embedding({ inputDim: 10, outputDim: 2, outputDims: 3 });
// error: Embedding: the layer was declared with batch input shape (None, 20), but is called on (None, 30).
embedding({ inputDim: 10, outputDim: 2, inputShape: [20] })(input({ shape: [30] }));
// An input dtype neither TF.js nor Keras has.
// error: Type '"int65"' is not assignable to type
input({ shape: [3], dtype: "int65" });

// --- masking ---
// error: Masking has no option "mask_value".
masking({ mask_value: 0 });

// --- bidirectional ---
// Only recurrent layers: the message says so.
// error: Bidirectional: layer must be a recurrent layer (simpleRNN, lstm or gru), which reads a sequence in order, but got Dense (a Dense layer). Fix: wrap e.g. lstm({ units: 64 }); for a layer applied to every step, use timeDistributed({ layer }).
bidirectional({ layer: dense({ units: 4 }) });
// error: Bidirectional: backwardLayer must be a recurrent layer (simpleRNN, lstm or gru), which reads a sequence in order, but got Dense (a Dense layer).
bidirectional({ layer: lstm({ units: 4 }), backwardLayer: dense({ units: 4 }) });
// The backward layer must agree with the forward one (Keras's _verify_layer_config), literal switches compared at the option.
// error: Bidirectional: the backward layer must have the same returnSequences as the forward layer, as Keras requires. Fix: give backwardLayer the same returnSequences.
bidirectional({ layer: lstm({ units: 4, returnSequences: true }), backwardLayer: lstm({ units: 4, goBackwards: true }) });
// error: Bidirectional: the backward layer must have the same stateful as the forward layer, as Keras requires. Fix: give backwardLayer the same stateful.
bidirectional({ layer: lstm({ units: 4, stateful: true }), backwardLayer: gru({ units: 4, goBackwards: true }) });
// The wrapped layer's own shape errors read through.
// error: LSTM needs (batch, steps, features), an input of rank 3, but got (None, 16) of rank 2.
bidirectional({ layer: lstm({ units: 8 }) })(input({ shape: [16] }));
// sum of outputs of two widths.
// error: Bidirectional: mergeMode "sum" needs the two outputs of one shape, but the forward layer gives (None, 8) and the backward layer (None, 4). Fix: give both layers the same units, or use mergeMode "concat".
bidirectional({ layer: lstm({ units: 8 }), backwardLayer: lstm({ units: 4, goBackwards: true }), mergeMode: "sum" })(input({ shape: [10, 16] }));
// Two outputs (mergeMode null) in a Sequential.
// error: Bidirectional gives 2 tensors here
sequential().add(input({ shape: [10, 16] })).add(bidirectional({ layer: lstm({ units: 8 }), mergeMode: null }));
// error: Type '"max"' is not assignable to type
bidirectional({ layer: lstm({ units: 8 }), mergeMode: "max" });

// --- timeDistributed ---
// error: TimeDistributed needs an input of rank 3 or more, (batch, steps, ...), since it applies its layer to every step, but got (None, 16) of rank 2. Fix: give each sample a steps axis first, e.g. input({ shape: [10, 16] }) makes (None, 10, 16).
timeDistributed({ layer: dense({ units: 8 }) })(input({ shape: [16] }));
// The inner layer's own error, as on one step (batch, 8, 3).
// error: Conv2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 8, 3) of rank 3.
timeDistributed({ layer: conv2d({ filters: 2, kernelSize: 3 }) })(input({ shape: [5, 8, 3] }));
// A misspelt option: here the compiler's own excess-property check answers first (the run says "TimeDistributed has no option").
// error: Object literal may only specify known properties, but 'layers' does not exist in type 'TimeDistributedOptions'. Did you mean to write 'layer'?
timeDistributed({ layer: dense({ units: 8 }), layers: 2 });

// --- rnn({ cell }) and the cells ---
// error: RNN needs (batch, steps, features), an input of rank 3, but got (None, 16) of rank 2.
rnn({ cell: lstmCell({ units: 8 }) })(input({ shape: [16] }));
// error: RNN needs the features axis (the last) of its input defined, since its kernel is [features, units times the gates], but got (None, 10, None).
rnn({ cell: [gruCell({ units: 4 }), simpleRNNCell({ units: 2 })] })(input({ shape: [10, null] }));
// error: RNN: stateful: true keeps each sample's state from one batch to the next, so the batch size must be fixed (as in Keras 3), but got (None, 10, 16).
rnn({ cell: lstmCell({ units: 8 }), stateful: true })(input({ shape: [10, 16] }));
// error: RNN gives 4 tensors here (its output and its states, or the outputs of both directions)
sequential().add(input({ shape: [10, 16] })).add(rnn({ cell: [lstmCell({ units: 8 }), gruCell({ units: 4 })], returnState: true }));
// A layer where a cell goes: the message says which to use.
// error: RNN: cell must be a cell (simpleRNNCell, lstmCell or gruCell) or a non-empty list of cells to stack, but got LSTM (a layer, not a cell). Fix: e.g. rnn({ cell: lstmCell({ units: 32 }) }), or rnn({ cell: [lstmCell({ units: 32 }), lstmCell({ units: 32 })] }); for a whole layer use lstm({ units: 32 }) itself.
rnn({ cell: lstm({ units: 8 }) });
// error: RNN: cell must be a cell (simpleRNNCell, lstmCell or gruCell) or a non-empty list of cells to stack, but got something else.
rnn({ cell: [lstmCell({ units: 8 }), dense({ units: 4 })] });
// error: RNN: cell must be a cell (simpleRNNCell, lstmCell or gruCell) or a non-empty list of cells to stack, but got an empty list.
rnn({ cell: [] });
// error: RNN has no option "units".
rnn({ cell: lstmCell({ units: 8 }), units: 8 });
// initialState of the wrong units.
const [, rh, rc] = rnn({ cell: lstmCell({ units: 4 }), returnState: true })(input({ shape: [10, 16] }));
// error: RNN: initialState must be its 2 states, each of shape (None, 8), but got [(None, 4), (None, 4)].
rnn({ cell: lstmCell({ units: 8 }) })(input({ shape: [10, 16] }), { initialState: [rh, rc] });
// error: LSTMCell: units must be a positive integer (the size of the state and of the cell's output), but got 0. Fix: use e.g. units: 32.
lstmCell({ units: 0 });
// error: GRUCell: dropout is a fraction to drop in training and must be between 0 and 1, but got 2.
gruCell({ units: 4, dropout: 2 });
// Cells have no sequence switches: those are rnn's.
// error: SimpleRNNCell has no option "returnSequences".
simpleRNNCell({ units: 4, returnSequences: true });
// error: SimpleRNNCell has no option "recurrentActivation".
simpleRNNCell({ units: 4, recurrentActivation: "sigmoid" });

// --- convLstm1d/2d/3d ---
// One image per sample, no time axis.
// error: ConvLSTM2D needs an input of rank 5, (batch, time, rows, cols, channels), a sequence of images, but got (None, 64, 64, 1) of rank 4. Fix: give each sample a time axis before the image axes, e.g. input({ shape: [10, 64, 64, 1] }); for one image per sample use a convolution instead.
convLstm2d({ filters: 8, kernelSize: 3 })(input({ shape: [64, 64, 1] }));
// error: ConvLSTM1D needs an input of rank 4, (batch, time, steps, features), a sequence of images
convLstm1d({ filters: 8, kernelSize: 3 })(input({ shape: [5, 10, 2, 1] }));
// error: ConvLSTM3D needs an input of rank 6, (batch, time, channels, dim1, dim2, dim3), a sequence of images
convLstm3d({ filters: 8, kernelSize: 3, dataFormat: "channelsFirst" })(input({ shape: [5, 6, 6, 6] }));
// Keras 3 needs the spatial axes static.
// error: ConvLSTM2D needs its spatial axes and channels known (its states have the step's output shape), but got (None, 5, None, 8, 3). Fix: give every axis but batch and time a size in the input shape, as Keras 3 requires ("ConvLSTM layers only support static input shapes for the spatial dimension").
convLstm2d({ filters: 8, kernelSize: 3 })(input({ shape: [5, null, 8, 3] }));
// The kernel larger than a frame: the convolution's own message, on one step's shape (batch, rows, cols, channels).
// error: ConvLSTM2D: the kernel (after dilation) spans 5 along axis 1 (rows), but the input has only 4 there: (None, 4, 4, 3).
convLstm2d({ filters: 8, kernelSize: 5 })(input({ shape: [5, 4, 4, 3] }));
// Keras 3 refuses strides > 1 with dilationRate > 1 in a ConvLSTM (rnn/conv_lstm.py, ConvLSTMCell.__init__), where DepthwiseConv and SeparableConv take it.
// error: ConvLSTM2D: strides > 1 cannot go with dilationRate > 1 (Keras forbids it), but got strides 2 and dilationRate 2. Fix: use strides: 1 with a dilation, or dilationRate: 1 with strides.
convLstm2d({ filters: 8, kernelSize: 3, strides: 2, dilationRate: 2 });
// error: ConvLSTM2D: stateful: true keeps each sample's state from one batch to the next, so the batch size must be fixed (as in Keras 3), but got (None, 5, 8, 8, 3).
convLstm2d({ filters: 8, kernelSize: 3, stateful: true })(input({ shape: [5, 8, 8, 3] }));
// error: ConvLSTM2D gives 3 tensors here
sequential().add(input({ shape: [5, 8, 8, 3] })).add(convLstm2d({ filters: 8, kernelSize: 3, returnState: true }));
// error: ConvLSTM2D: initialState must be its 2 states, each of shape (None, 6, 6, 8), but got [(None, 6, 6, 4), (None, 6, 6, 4)].
convLstm2d({ filters: 8, kernelSize: 3 })(input({ shape: [5, 8, 8, 3] }), { initialState: convLstm2d({ filters: 4, kernelSize: 3, returnState: true })(input({ shape: [5, 8, 8, 3] })).slice(1) as [SymbolicTensor<[null, 6, 6, 4]>, SymbolicTensor<[null, 6, 6, 4]>] });
// Options.
// error: ConvLSTM2D: filters must be a positive integer
convLstm2d({ filters: 0, kernelSize: 3 });
// error: ConvLSTM2D: kernelSize must be
convLstm2d({ filters: 2, kernelSize: [3, 0] });
// error: ConvLSTM2D has no option "unroll".
convLstm2d({ filters: 2, kernelSize: 3, unroll: true });
// error: ConvLSTM1D: dropout is a fraction to drop in training and must be between 0 and 1, but got 2.
convLstm1d({ filters: 2, kernelSize: 3, dropout: 2 });

// --- a string or a number where a switch goes (session 11) ---
// The sentence the runtime throws, at that option, not "Type 'string' is not assignable to type 'boolean'".
// error: Type '"true"' is not assignable to type '"LSTM: returnSequences must be true or false, but got "true". Fix: write returnSequences: true or returnSequences: false, or leave it out for the default."'.
const seqs = lstm({ units: 4, returnSequences: "true" });
// error: Type '"true"' is not assignable to type '"GRU: returnState must be true or false, but got "true". Fix: write returnState: true or returnState: false, or leave it out for the default."'.
gru({ units: 4, returnState: "true" });
// error: Type 'number' is not assignable to type '"SimpleRNN: goBackwards must be true or false, but got 1. Fix: write goBackwards: true or goBackwards: false, or leave it out for the default."'.
simpleRNN({ units: 4, goBackwards: 1 });
// error: Type '"false"' is not assignable to type '"ConvLSTM2D: stateful must be true or false, but got "false". Fix: write stateful: true or stateful: false, or leave it out for the default."'.
convLstm2d({ filters: 4, kernelSize: 3, stateful: "false" });
// error: Type '"false"' is not assignable to type '"LSTMCell: useBias must be true or false, but got "false". Fix: write useBias: true or useBias: false, or leave it out for the default."'.
lstmCell({ units: 4, useBias: "false" });
// Such a switch is unknown to the layer's type, not its default: both outputs, no confident one.
// error: Type 'SymbolicTensor<[null, 4] | [null, 10, 4]>' is not assignable to type 'string'.
export const eitherOutput: string = seqs(input({ shape: [10, 3] }));

// A required option misspelt: the compiler names the factory's options type (layers/option-calls.ts).
// error: Object literal may only specify known properties, but 'unit' does not exist in type 'LSTMOptions'. Did you mean to write 'units'?
lstm({ unit: 4 });
// error: Object literal may only specify known properties, and 'kernel' does not exist in type 'ConvLSTMOptions<2>'.
convLstm2d({ kernel: 3 });
// error: Object literal may only specify known properties, but 'unit' does not exist in type 'GRUCellOptions'. Did you mean to write 'units'?
gruCell({ unit: 4 });
