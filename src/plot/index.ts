/**
 * shapeflow/plot: pictures of a model as SVG, drawn by Graphviz compiled to WebAssembly
 * (`@viz-js/viz`, MIT), which runs in Node and in browsers without native code. `@viz-js/viz` is an
 * optional peer dependency of this entry point only; `toDot` and `toMermaid` (from `shapeflow`) need
 * nothing.
 */
export { graphvizFailed, plotModel, plotNeurons, vizNotFound, type PlotModelOptions, type PlotNeuronsOptions, type VizLike } from "./svg.js";
