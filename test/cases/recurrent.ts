import type { Case } from "../cases.js";

/** Cases of the recurrent layers and the tensors of several outputs: see ../cases.ts. */
export const recurrentCases: readonly Case[] = [
  // one output: the last step, or every step with returnSequences
  { code: `lstm({ units: 8 })(input({ shape: [null, 16] }))`, shape: [null, 8] },
  { code: `lstm({ units: 8, returnSequences: true })(input({ shape: [10, 16] }))`, shape: [null, 10, 8] },
  { code: `gru({ units: 6 }).apply(input({ shape: [null, 3], batchSize: 2 }))`, shape: [2, 6] },
  { code: `simpleRNN({ units: 4, returnSequences: true, goBackwards: true })(input({ shape: [5, 3] }))`, shape: [null, 5, 4] },
  { code: `lstm({ units: 8, stateful: true })(input({ shape: [10, 16], batchSize: 4 }))`, shape: [4, 8] },
  { code: `sequential({ layers: [input({ shape: [null, 16] }), lstm({ units: 8, returnSequences: true }), gru({ units: 4 }), dense({ units: 1 })] }).outputShape`, shape: [null, 1] },
  { code: `sequential().add(simpleRNN({ units: 4, inputShape: [10, 3] })).outputShape`, shape: [null, 4] },
  // several outputs: [output, h, c] for LSTM, [output, h] for GRU and SimpleRNN, each state (batch, units)
  { code: `lstm({ units: 8, returnState: true })(input({ shape: [10, 16] }))[0]`, shape: [null, 8] },
  { code: `lstm({ units: 8, returnState: true, returnSequences: true })(input({ shape: [10, 16] }))[0]`, shape: [null, 10, 8] },
  { code: `lstm({ units: 8, returnState: true, returnSequences: true })(input({ shape: [10, 16] }))[1]`, shape: [null, 8] },
  { code: `lstm({ units: 8, returnState: true })(input({ shape: [10, 16], batchSize: 3 }))[2]`, shape: [3, 8] },
  { code: `gru({ units: 5, returnState: true })(input({ shape: [10, 16] }))[1]`, shape: [null, 5] },
  { code: `simpleRNN({ units: 5, returnState: true }).apply(input({ shape: [10, 16] }))[1]`, shape: [null, 5] },
  // errors
  { code: `lstm({ units: 8 })(input({ shape: [16] }))`, error: "LSTM needs (batch, steps, features), an input of rank 3, but got (None, 16) of rank 2. Fix: give each sample a time axis and a feature axis, e.g. input({ shape: [10, 8] }) makes (None, 10, 8); for token ids, put embedding({ inputDim, outputDim }) first." },
  { code: `gru({ units: 8 })(input({ shape: [5, 4, 3] }))`, error: "GRU needs (batch, steps, features), an input of rank 3, but got (None, 5, 4, 3) of rank 4." },
  { code: `simpleRNN({ units: 4 })(input({ shape: [10, null] }))`, error: "SimpleRNN needs the features axis (the last) of its input defined, since its kernel is [features, units times the gates], but got (None, 10, None)." },
  { code: `lstm({ units: 8, stateful: true })(input({ shape: [10, 16] }))`, error: "LSTM: stateful: true keeps each sample's state from one batch to the next, so the batch size must be fixed (as in Keras 3), but got (None, 10, 16)." },
  { code: `sequential().add(lstm({ units: 8, stateful: true, inputShape: [10, 16] }))`, error: "LSTM: stateful: true keeps each sample's state from one batch to the next, so the batch size must be fixed (as in Keras 3), but got (None, 10, 16)." },
  { code: `sequential().add(input({ shape: [10, 16] })).add(lstm({ units: 8, returnState: true }))`, error: "LSTM gives 3 tensors here (its output and its states, or the outputs of both directions), but only a layer of one output can go in a Sequential or a block, as in Keras. Fix: use the functional API and pick the tensors: const [out, h, c] = lstm({ units: 8, returnState: true })(x)." },
  { code: `sequential({ layers: [gru({ units: 8, returnState: true, inputShape: [10, 16] })] })`, error: "GRU gives 2 tensors here" },
  { code: `lstm({ units: 0 })`, error: "LSTM: units must be a positive integer (the size of the state and of the output's last axis), but got 0. Fix: use e.g. units: 32." },
  { code: `gru({ units: 4, dropout: 1.5 })`, error: "GRU: dropout is a fraction to drop in training and must be between 0 and 1, but got 1.5. Fix: use e.g. dropout: 0.2, or leave it out for 0." },
  { code: `simpleRNN({ units: 4, recurrentDropout: -0.1 })`, error: "SimpleRNN: recurrentDropout is a fraction to drop in training and must be between 0 and 1, but got -0.1." },
  { code: `simpleRNN({ units: 4, recurrentActivation: "sigmoid" })`, error: `SimpleRNN has no option "recurrentActivation".` },
  { code: `lstm({ units: 4, inputShape: [10, 16] })(input({ shape: [10, 8] }))`, error: "LSTM: the layer was declared with batch input shape (None, 10, 16), but is called on (None, 10, 8)." },
];
export const embeddingCases: readonly Case[] = [
  { code: `embedding({ inputDim: 20000, outputDim: 128 })(input({ shape: [null], dtype: "int32" }))`, shape: [null, null, 128] },
  { code: `embedding({ inputDim: 50, outputDim: 8 })(input({ shape: [4, 6], dtype: "int64" }))`, shape: [null, 4, 6, 8] },
  { code: `embedding({ inputDim: 50, outputDim: 8, maskZero: true })(input({ shape: [] }))`, shape: [null, 8] },
  { code: `sequential().add(embedding({ inputDim: 1000, outputDim: 16, inputShape: [20] })).add(lstm({ units: 4 })).outputShape`, shape: [null, 4] },
  { code: `sequential().add(embedding({ inputDim: 1000, outputDim: 16, batchInputShape: [8, 20] })).outputShape`, shape: [8, 20, 16] },
  { code: `masking()(input({ shape: [null, 8] }))`, shape: [null, null, 8] },
  { code: `masking({ maskValue: -1, inputShape: [5, 2] })(input({ shape: [5, 2] }))`, shape: [null, 5, 2] },
  { code: `embedding({ inputDim: 100, outputDim: 8, inputLength: 10 })`, error: "Embedding: inputLength was removed in Keras 3 (the input's own shape gives the sequence length), but got inputLength: 10. Fix: remove it, and give the length in the input instead: input({ shape: [10] }), or inputShape: [10] on the first layer." },
  { code: `embedding({ inputDim: 0, outputDim: 8 })`, error: "Embedding: inputDim must be a positive integer (the size of the vocabulary: ids run from 0 to inputDim - 1), but got 0. Fix: use e.g. inputDim: 10000." },
  { code: `embedding({ inputDim: 10, outputDim: 2.5 })`, error: "Embedding: outputDim must be a positive integer (the size of each vector, the output's new last axis), but got 2.5." },
  { code: `embedding({ inputDim: 10, outputDim: 2, inputShape: [20] })(input({ shape: [30] }))`, error: "Embedding: the layer was declared with batch input shape (None, 20), but is called on (None, 30)." },
  { code: `masking({ mask_value: 0 })`, error: `Masking has no option "mask_value".` },
];
export const wrapperCases: readonly Case[] = [
  { code: `bidirectional({ layer: lstm({ units: 8 }) })(input({ shape: [null, 16] }))`, shape: [null, 16] },
  { code: `bidirectional({ layer: lstm({ units: 8, returnSequences: true }), mergeMode: "sum" })(input({ shape: [10, 16] }))`, shape: [null, 10, 8] },
  { code: `bidirectional({ layer: gru({ units: 8 }), mergeMode: "mul" }).apply(input({ shape: [10, 16], batchSize: 2 }))`, shape: [2, 8] },
  { code: `bidirectional({ layer: gru({ units: 8 }), mergeMode: null })(input({ shape: [10, 16] }))[1]`, shape: [null, 8] },
  { code: `bidirectional({ layer: lstm({ units: 8, returnState: true }) })(input({ shape: [10, 16] }))[4]`, shape: [null, 8] },
  { code: `bidirectional({ layer: lstm({ units: 8 }), backwardLayer: lstm({ units: 4, goBackwards: true }) })(input({ shape: [10, 16] }))`, shape: [null, 12] },
  { code: `sequential().add(input({ shape: [null, 16] })).add(bidirectional({ layer: lstm({ units: 8 }) })).add(dense({ units: 1 })).outputShape`, shape: [null, 1] },
  { code: `bidirectional({ layer: dense({ units: 4 }) })`, error: "Bidirectional: layer must be a recurrent layer (simpleRNN, lstm or gru), which reads a sequence in order, but got Dense (a Dense layer). Fix: wrap e.g. lstm({ units: 64 }); for a layer applied to every step, use timeDistributed({ layer })." },
  { code: `bidirectional({ layer: lstm({ units: 4 }), backwardLayer: dense({ units: 4 }) })`, error: "Bidirectional: backwardLayer must be a recurrent layer (simpleRNN, lstm or gru), which reads a sequence in order, but got Dense (a Dense layer)." },
  // Keras's _verify_layer_config (rnn/bidirectional.py): the backward layer has the forward one's stateful, returnSequences and returnState.
  { code: `bidirectional({ layer: lstm({ units: 4, returnSequences: true }), backwardLayer: lstm({ units: 4, goBackwards: true }) })`, error: "Bidirectional: the backward layer must have the same returnSequences as the forward layer, as Keras requires. Fix: give backwardLayer the same returnSequences." },
  { code: `bidirectional({ layer: lstm({ units: 4 }), backwardLayer: gru({ units: 4, goBackwards: true, returnState: true }) })`, error: "Bidirectional: the backward layer must have the same returnState as the forward layer, as Keras requires." },
  { code: `bidirectional({ layer: lstm({ units: 4, returnSequences: true }), backwardLayer: gru({ units: 2, goBackwards: true, returnSequences: true }) })(input({ shape: [10, 16] }))`, shape: [null, 10, 6] },
  { code: `bidirectional({ layer: lstm({ units: 4, returnSequences: false }), backwardLayer: gru({ units: 2, goBackwards: true }) })(input({ shape: [10, 16] }))`, shape: [null, 6] },
  { code: `bidirectional({ layer: lstm({ units: 8 }) })(input({ shape: [16] }))`, error: "LSTM needs (batch, steps, features), an input of rank 3, but got (None, 16) of rank 2." },
  { code: `bidirectional({ layer: lstm({ units: 8 }), backwardLayer: lstm({ units: 4, goBackwards: true }), mergeMode: "sum" })(input({ shape: [10, 16] }))`, error: `Bidirectional: mergeMode "sum" needs the two outputs of one shape, but the forward layer gives (None, 8) and the backward layer (None, 4). Fix: give both layers the same units, or use mergeMode "concat".` },
  { code: `sequential().add(input({ shape: [10, 16] })).add(bidirectional({ layer: lstm({ units: 8 }), mergeMode: null }))`, error: "Bidirectional gives 2 tensors here" },
];
export const timeDistributedCases: readonly Case[] = [
  { code: `timeDistributed({ layer: dense({ units: 8 }) })(input({ shape: [10, 16] }))`, shape: [null, 10, 8] },
  { code: `timeDistributed({ layer: dense({ units: 8 }) }).apply(input({ shape: [null, 16], batchSize: 3 }))`, shape: [3, null, 8] },
  { code: `timeDistributed({ layer: conv2d({ filters: 2, kernelSize: 3 }) })(input({ shape: [5, 8, 8, 3] }))`, shape: [null, 5, 6, 6, 2] },
  { code: `timeDistributed({ layer: sequential({ layers: [flatten(), dense({ units: 3 })] }) })(input({ shape: [4, 5, 6] }))`, shape: [null, 4, 3] },
  { code: `sequential().add(input({ shape: [null, 16] })).add(timeDistributed({ layer: dense({ units: 8 }) })).add(lstm({ units: 2 })).outputShape`, shape: [null, 2] },
  { code: `timeDistributed({ layer: dense({ units: 8 }) })(input({ shape: [16] }))`, error: "TimeDistributed needs an input of rank 3 or more, (batch, steps, ...), since it applies its layer to every step, but got (None, 16) of rank 2. Fix: give each sample a steps axis first, e.g. input({ shape: [10, 16] }) makes (None, 10, 16)." },
  { code: `timeDistributed({ layer: conv2d({ filters: 2, kernelSize: 3 }) })(input({ shape: [5, 8, 3] }))`, error: "Conv2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 8, 3) of rank 3." },
];
