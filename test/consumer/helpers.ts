// Exported helpers that return models, compiled by `scripts/consumer-test.mjs` with `declaration: true`
// against the packed tarball, once per compiler: the compiler must print each return type in the emitted
// .d.ts. Each helper is generic over its tensor or over a layer option, so its result stays an open type
// that the emitter must name from the "shapeflow" entry: unnamed, an .add chain grew exponentially (out
// of memory on TypeScript 7), a list hit TS4058 ('Long' cannot be named), and an option, a merge or a
// called Sequential hit TS2883 ("cannot be named without a reference to ... not portable"). The script
// fails on any error, on a compile over its time limit, and on instantiations or emitted text over its limits.
import {
  add,
  attention,
  concatenate,
  dense,
  gate,
  gru,
  input,
  model,
  parallel,
  repeat,
  residual,
  sequential,
  type Shape,
  type SymbolicTensor,
} from "shapeflow";

// --- generic over the tensor ---
// Six open steps: each step's emitted type names the one before it once (`SequentialAfter`), so the
// text grows by a line a step; when it named it three times (input, output, count), it grew 3x a step.
export function addChain<S extends Shape>(x: SymbolicTensor<S>) {
  return sequential()
    .add(x)
    .add(dense({ units: 8 }))
    .add(dense({ units: 6 }))
    .add(dense({ units: 4 }))
    .add(dense({ units: 3 }))
    .add(dense({ units: 2 }))
    .add(dense({ units: 1 }));
}
export function list<S extends Shape>(x: SymbolicTensor<S>) {
  return sequential({ layers: [x, dense({ units: 8 }), dense({ units: 4 }), dense({ units: 1 })] });
}
export function calledList<S extends Shape>(x: SymbolicTensor<S>) {
  return sequential({ layers: [dense({ units: 4 }), dense({ units: 2 })] })(x);
}
export function layerCalls<S extends Shape>(x: SymbolicTensor<S>) {
  return dense({ units: 2 })(dense({ units: 4 })(x));
}
export function functional<S extends Shape>(x: SymbolicTensor<S>) {
  return model({ inputs: x, outputs: dense({ units: 2 })(dense({ units: 4 })(x)) });
}
export function residualBlock<S extends Shape>(x: SymbolicTensor<S>) {
  return residual(dense({ units: 4 }))(x);
}
export function blocks<S extends Shape>(x: SymbolicTensor<S>) {
  return gate(dense({ units: 4 }))(repeat(2, () => dense({ units: 4 }))(parallel([dense({ units: 4 }), dense({ units: 2 })])(x)));
}
export function merged<S extends Shape>(x: SymbolicTensor<S>) {
  return add()([x, x]);
}

// --- generic over a layer option ---
export function addChainOption<const u extends number>(units: u) {
  return sequential().add(input({ shape: [3] })).add(dense({ units: 4 })).add(dense({ units: 4 })).add(dense({ units }));
}
export function listOption<const u extends number>(units: u) {
  return sequential({ layers: [input({ shape: [3] }), dense({ units }), dense({ units: 2 }), dense({ units: 1 })] });
}
export function layerCallOption<S extends Shape, const u extends number>(x: SymbolicTensor<S>, units: u) {
  return dense({ units })(x);
}
export function functionalOption<const u extends number>(units: u) {
  const i = input({ shape: [3] });
  return model({ inputs: i, outputs: dense({ units })(i) });
}
export function residualOption<const u extends number>(units: u) {
  return residual(dense({ units }))(input({ shape: [3] }));
}

// --- recurrent and attention layers (review 2, finding 1: their calls in a generic helper could not be
// passed on, and the emitter could not name them without applyOutputs, recurrentRule, attentionOutputs) ---
export function recurrent<S extends Shape>(x: SymbolicTensor<S>) {
  const [seq, h] = gru({ units: 4, returnSequences: true, returnState: true })(x);
  return concatenate()([dense({ units: 4 })(gru({ units: 4 })(seq)), h]);
}
export function attended<S extends Shape>(x: SymbolicTensor<S>) {
  const [out, scores] = attention({ returnAttentionScores: true })([x, x]);
  return [dense({ units: 2 })(out), scores] as const;
}
export function stateOption<const b extends boolean>(returnState: b) {
  return gru({ units: 4, returnState })(input({ shape: [null, 3] }));
}

// --- a built model called, a Sequential's count returned (review 3, finding 6: the emitter could not name
// them without ModelRule, IsKnown, countOf) ---
const single = input({ shape: [3] });
const built = model({ inputs: single, outputs: dense({ units: 2 })(single) });
const left = input({ shape: [3] });
const right = input({ shape: [4] });
const twoInputs = model({ inputs: [left, right], outputs: concatenate()([left, right]) });
export function calledModel<S extends Shape>(x: SymbolicTensor<S>) {
  return built(x);
}
export function calledTwoInputs<S extends Shape>(x: SymbolicTensor<S>) {
  return twoInputs([x, input({ shape: [4] })]);
}
export function countOption<const u extends number>(units: u) {
  return sequential({ layers: [input({ shape: [3] }), dense({ units })] }).countParams();
}
export function countAdded<const u extends number>(units: u) {
  return sequential().add(input({ shape: [3] })).add(dense({ units })).countParams();
}
export function countOn<S extends Shape>(x: SymbolicTensor<S>) {
  return sequential({ layers: [x, dense({ units: 4 })] }).countParams();
}
