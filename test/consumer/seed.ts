// The consumer program of `scripts/consumer-test.mjs`: the README's seed network, type-checked against
// the packed tarball as a user installs it. No test library: a wrong type is a compile error here.
// Exactly ONE compile error is expected, on the line marked DELIBERATE below; the script checks it.
import { dense, flatten, input, model, reshape, sequential, type Model, type Params, type Sequential, type SymbolicTensor } from "shapeflow";

// Exact type equality, written inline so the program needs nothing but shapeflow.
type Equal<a, b> = (<t>() => t extends a ? 1 : 2) extends (<t>() => t extends b ? 1 : 2) ? true : false;

// --- Functional API (README quick start) ---
const inp = input({ shape: [3] });
const h1 = dense({ units: 4 })(inp);
const h2 = dense({ units: 4 }).apply(h1);
const out = dense({ units: 1 })(h2);
const m = model({ inputs: inp, outputs: out });
m.summary();

const checkInp: SymbolicTensor<[null, 3]> = inp;
const checkH1: SymbolicTensor<[null, 4]> = h1;
const checkH2: SymbolicTensor<[null, 4]> = h2;
const checkOut: SymbolicTensor<[null, 1]> = out;
const okInp: Equal<typeof inp, SymbolicTensor<[null, 3]>> = true;
const okH1: Equal<typeof h1, SymbolicTensor<[null, 4]>> = true;
const okH2: Equal<typeof h2, SymbolicTensor<[null, 4]>> = true;
const okOut: Equal<typeof out, SymbolicTensor<[null, 1]>> = true;
const okModel: Equal<typeof m, Model<[null, 3], [null, 1]>> = true;
const okModelIn: Equal<typeof m.inputShape, [null, 3]> = true;
const okModelOut: Equal<typeof m.outputShape, [null, 1]> = true;
const mParams: number = m.countParams();

// --- Sequential (README quick start) ---
const s = sequential()
  .add(dense({ units: 4, inputShape: [3] }))
  .add(dense({ units: 4 }))
  .add(dense({ units: 1 }));
const fromList = sequential({ layers: [dense({ units: 4, inputShape: [3] }), dense({ units: 1 })] });
const checkS: Sequential<[null, 3], [null, 1]> = s;
const okS: Equal<typeof s, Sequential<[null, 3], [null, 1], Params<41>>> = true;
const okSOut: Equal<typeof s.outputShape, [null, 1]> = true;
const okSIn: Equal<typeof s.inputShape, [null, 3]> = true;
const okList: Equal<typeof fromList, Sequential<[null, 3], [null, 1], Params<21>>> = true;
const okSummary: Equal<ReturnType<typeof s.summary>, string> = true;
const sParams: number = s.countParams();

// noUncheckedIndexedAccess: indexing a known tuple stays exact.
const lastAxis: 1 = s.outputShape[1];
const okBatch: Equal<(typeof s.outputShape)[0], null> = true;

// --- Porting a functional autoencoder (issue 14): an encoder and a decoder model, each a layer ---
const img = input({ shape: [28, 28, 1] });
const encoder = model({ inputs: img, outputs: dense({ units: 16 })(flatten()(img)) });
const z = input({ shape: [16] });
const decoder = model({ inputs: z, outputs: reshape({ targetShape: [28, 28, 1] })(dense({ units: 784 })(z)) });
const restored = decoder(encoder(img));
const autoencoder = model({ inputs: img, outputs: restored });
const okEncoder: Equal<typeof encoder, Model<[null, 28, 28, 1], [null, 16]>> = true;
const okRestored: Equal<typeof restored, SymbolicTensor<[null, 28, 28, 1]>> = true;
const okAutoencoder: Equal<typeof autoencoder, Model<[null, 28, 28, 1], [null, 28, 28, 1]>> = true;
const stacked = sequential({ layers: [encoder, decoder] });
const okStacked: Equal<typeof stacked, Sequential<[null, 28, 28, 1], [null, 28, 28, 1], Params<number>>> = true;

// DELIBERATE: a rank-1 input to Dense; the only compile error allowed in this file.
dense({ units: 4 })(input({ shape: [] }));

export const used = [
  checkInp, checkH1, checkH2, checkOut, okInp, okH1, okH2, okOut, okModel, okModelIn, okModelOut, mParams,
  checkS, okS, okSOut, okSIn, okList, okSummary, sParams, lastAxis, okBatch,
  okEncoder, okRestored, okAutoencoder, okStacked,
];
