// tsd checks the BUILT declarations (dist/index.d.ts) the way a user's project sees them. The error
// TEXT of each negative case is checked by test/type-errors.test.ts; here we check that the shipped
// .d.ts keeps the same types and still rejects the same calls.
import { expectError, expectType } from "tsd";
import { add, concatenate, dense, flatten, input, model, sequential, type Model, type Params, type Sequential, type SymbolicTensor } from "shapeflow";

const inp = input({ shape: [3] });
const h1 = dense({ units: 4 })(inp);
expectType<SymbolicTensor<[null, 3]>>(inp);
expectType<SymbolicTensor<[null, 4]>>(h1);
expectType<SymbolicTensor<[null, 4]>>(dense({ units: 4 }).apply(h1));
expectType<SymbolicTensor<[null, 7500]>>(flatten()(input({ shape: [50, 50, 3] })));
expectType<SymbolicTensor<[30, 50, 50, 3]>>(input({ shape: [50, 50, 3], batchSize: 30 }));
expectType<SymbolicTensor<[30, 50, 50, 3]>>(input({ batchShape: [30, 50, 50, 3] }));
expectType<SymbolicTensor<[null, 4]>>(add()([h1, h1]));
expectType<SymbolicTensor<[null, 7]>>(concatenate({ axis: -1 })([h1, inp]));
expectType<Model<[null, 3], [null, 4]>>(model({ inputs: inp, outputs: h1 }));
expectType<Sequential<[null, 3], [null, 1], Params<21>>>(sequential().add(dense({ units: 4, inputShape: [3] })).add(dense({ units: 1 })));
expectType<Sequential<[null, 3], [null, 1], Params<21>>>(sequential({ layers: [dense({ units: 4, inputDim: 3 }), dense({ units: 1 })] }));

expectError(dense({ units: 4 })(input({ shape: [] })));
expectError(dense({ units: 0 }));
expectError(add()([h1, inp]));
expectError(concatenate()([input({ shape: [2, 3] }), input({ shape: [4, 5] })]));
expectError(sequential().add(dense({ units: 4 })).summary());
