export { simpleRNN, type SimpleRNN, type SimpleRNNOptions } from "./simple-rnn.js";
export { lstm, type LSTM, type LSTMOptions } from "./lstm.js";
export { gru, type GRU, type GRUOptions } from "./gru.js";
export type { RecurrentOptions, RecurrentTrainingOptions } from "./base-rnn.js";
export { bidirectional, type Bidirectional, type BidirectionalOptions, type MergeMode } from "./bidirectional.js";
export { timeDistributed, type TimeDistributed, type TimeDistributedOptions } from "./time-distributed.js";
export { rnn, type RNN, type RNNOptions } from "./rnn.js";
export { simpleRNNCell, lstmCell, gruCell, type SimpleRNNCell, type LSTMCell, type GRUCell, type CellOptions, type SimpleRNNCellOptions, type LSTMCellOptions, type GRUCellOptions } from "./cells.js";
export { convLstm1d, convLstm2d, convLstm3d, type ConvLSTM1D, type ConvLSTM2D, type ConvLSTM3D, type ConvLSTMOptions } from "./conv-lstm.js";
