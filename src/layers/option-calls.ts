/**
 * What each factory lets through to its checks (`OptionsCall`: its options, with a string where a number
 * goes and a string or number where a switch goes), under the name of the factory's own options
 * interface: `DropoutOptions` here is `OptionsCall<DropoutOptions>` of layers/core/dropout.ts. The compiler
 * names a factory's constraint in its own reports, which a call whose options lack a required option
 * gets instead of the layer's check: `dropout({ rat: 0.5 })` says "'rat' does not exist in type
 * 'DropoutOptions'. Did you mean to write 'rate'?", where it said 'OptionsCall<DropoutOptions>', a type
 * nobody using shapeflow writes. Each factory imports its alias under another name (`DropoutOptionsCall`),
 * as its file exports the interface itself.
 */
import type { OptionsCall } from "../core/read-options.js";
import type { AnyKeys } from "../core/options.js";
import type * as multiheadattention from "./attention/multi-head-attention.js";
import type * as conv1dtranspose from "./convolutional/conv1d-transpose.js";
import type * as conv1d from "./convolutional/conv1d.js";
import type * as conv2dtranspose from "./convolutional/conv2d-transpose.js";
import type * as conv2d from "./convolutional/conv2d.js";
import type * as conv3dtranspose from "./convolutional/conv3d-transpose.js";
import type * as conv3d from "./convolutional/conv3d.js";
import type * as depthwiseconv1d from "./convolutional/depthwise-conv1d.js";
import type * as depthwiseconv2d from "./convolutional/depthwise-conv2d.js";
import type * as separableconv1d from "./convolutional/separable-conv1d.js";
import type * as separableconv2d from "./convolutional/separable-conv2d.js";
import type * as activation from "./core/activation.js";
import type * as dense from "./core/dense.js";
import type * as dropout from "./core/dropout.js";
import type * as embedding from "./core/embedding.js";
import type * as averagepooling1d from "./pooling/average-pooling1d.js";
import type * as averagepooling2d from "./pooling/average-pooling2d.js";
import type * as averagepooling3d from "./pooling/average-pooling3d.js";
import type * as rescaling from "./preprocessing/rescaling.js";
import type * as bidirectional from "./recurrent/bidirectional.js";
import type * as cells from "./recurrent/cells.js";
import type * as convlstm from "./recurrent/conv-lstm.js";
import type * as gru from "./recurrent/gru.js";
import type * as lstm from "./recurrent/lstm.js";
import type * as simplernn from "./recurrent/simple-rnn.js";
import type * as timedistributed from "./recurrent/time-distributed.js";
import type * as permute from "./reshaping/permute.js";
import type * as repeatvector from "./reshaping/repeat-vector.js";
import type * as reshape from "./reshaping/reshape.js";

export type MultiHeadAttentionOptions = OptionsCall<multiheadattention.MultiHeadAttentionOptions>;
export type Conv1DTransposeOptions = OptionsCall<conv1dtranspose.Conv1DTransposeOptions>;
export type Conv1DOptions = OptionsCall<conv1d.Conv1DOptions>;
export type Conv2DTransposeOptions = OptionsCall<conv2dtranspose.Conv2DTransposeOptions>;
export type Conv2DOptions = OptionsCall<conv2d.Conv2DOptions>;
export type Conv3DTransposeOptions = OptionsCall<conv3dtranspose.Conv3DTransposeOptions>;
export type Conv3DOptions = OptionsCall<conv3d.Conv3DOptions>;
export type DepthwiseConv1DOptions = OptionsCall<depthwiseconv1d.DepthwiseConv1DOptions>;
export type DepthwiseConv2DOptions = OptionsCall<depthwiseconv2d.DepthwiseConv2DOptions>;
export type SeparableConv1DOptions = OptionsCall<separableconv1d.SeparableConv1DOptions>;
export type SeparableConv2DOptions = OptionsCall<separableconv2d.SeparableConv2DOptions>;
export type ActivationOptions = OptionsCall<activation.ActivationOptions>;
export type DenseOptions = OptionsCall<dense.DenseOptions>;
export type DropoutOptions = OptionsCall<dropout.DropoutOptions>;
export type EmbeddingOptions = OptionsCall<embedding.EmbeddingOptions>;
export type AveragePooling1DOptions = OptionsCall<averagepooling1d.AveragePooling1DOptions>;
export type AveragePooling2DOptions = OptionsCall<averagepooling2d.AveragePooling2DOptions>;
export type AveragePooling3DOptions = OptionsCall<averagepooling3d.AveragePooling3DOptions>;
export type RescalingOptions = OptionsCall<rescaling.RescalingOptions> & AnyKeys;
export type BidirectionalOptions = OptionsCall<bidirectional.BidirectionalOptions>;
export type SimpleRNNCellOptions = OptionsCall<cells.SimpleRNNCellOptions>;
export type LSTMCellOptions = OptionsCall<cells.LSTMCellOptions>;
export type GRUCellOptions = OptionsCall<cells.GRUCellOptions>;
export type ConvLSTMOptions<r extends 1 | 2 | 3> = OptionsCall<convlstm.ConvLSTMOptions<r>>;
export type GRUOptions = OptionsCall<gru.GRUOptions>;
export type LSTMOptions = OptionsCall<lstm.LSTMOptions>;
export type SimpleRNNOptions = OptionsCall<simplernn.SimpleRNNOptions>;
export type TimeDistributedOptions = OptionsCall<timedistributed.TimeDistributedOptions>;
export type PermuteOptions = OptionsCall<permute.PermuteOptions>;
export type RepeatVectorOptions = OptionsCall<repeatvector.RepeatVectorOptions>;
export type ReshapeOptions = OptionsCall<reshape.ReshapeOptions>;
