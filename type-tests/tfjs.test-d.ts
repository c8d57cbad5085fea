// Positive type tests for shapeflow/tfjs's data checks: data of the model's rank passes, and data whose
// rank the compiler does not know (a plain tensor, `number[][] | number[]`, any) passes to the runtime
// check. Their negative twins, with the error text, are in ./errors/tfjs.ts.
import { expectTypeOf } from "expect-type";
import type { batchOf, checkData, dataRankOf, Predicted, predictedShape, TfjsRunner } from "../src/tfjs/index.js";

/** TF.js's Tensor, as far as these tests need it: its shape type says nothing. */
interface FakeTensor {
  readonly shape: number[];
  dataSync(): Float32Array;
}
interface FakeModel {
  compile(args: object): void;
  fit(x: unknown, y: unknown, args?: object): Promise<"history">;
  predict(x: unknown, args?: object): FakeTensor | FakeTensor[];
  evaluate(x: unknown, y: unknown, args?: object): "scalar";
}
declare const net: TfjsRunner<[null, 3], [null, 1], FakeModel>;
declare const tensor2d: { readonly rankType: "R2"; readonly shape: number[] };
declare const anyTensor: { readonly rankType: "R0" | "R1" | "R2" | "R3"; readonly shape: number[] };
declare const rows: number[][];
declare const loose: number[] | number[][][];
declare const shaped: { readonly rankType: "R2"; readonly shape: [5, 3] };
declare const anyData: any;
declare const unknownRank: TfjsRunner<[null, 3], (number | null)[], FakeModel>;
declare const looseNet: TfjsRunner<[null, 3], readonly (number | null)[] | readonly (readonly (number | null)[])[], FakeModel>;
declare const two: TfjsRunner<[[null, 3], [null, 2]], [[null, 1], [null, 4, 4]], FakeModel>;
declare const manyIn: TfjsRunner<[[null, 3], [null, 2]], [null, 1], FakeModel>;

expectTypeOf<dataRankOf<number>>().toEqualTypeOf<0>();
expectTypeOf<dataRankOf<number[][]>>().toEqualTypeOf<2>();
expectTypeOf<dataRankOf<readonly [readonly [1, 2, 3]]>>().toEqualTypeOf<2>();
expectTypeOf<dataRankOf<typeof tensor2d>>().toEqualTypeOf<2>();
expectTypeOf<dataRankOf<any>>().toEqualTypeOf<number>();
expectTypeOf<dataRankOf<{ readonly shape: number[] }>>().toEqualTypeOf<number>();
expectTypeOf<checkData<"predict", "input", [null, 3], number[][]>>().toEqualTypeOf<"ok">();
expectTypeOf<checkData<"predict", "input", [null, 3], typeof anyTensor>>().toEqualTypeOf<"ok">();
expectTypeOf<checkData<"predict", "input", number[], number[]>>().toEqualTypeOf<"ok">();

// predict's result: the model's output shape with the data's batch size where the compiler knows it.
expectTypeOf(net.predict([[1, 2, 3]])).toEqualTypeOf<Predicted<[1, 1], FakeTensor>>();
expectTypeOf(net.predict([[1, 2, 3]]).shape).toEqualTypeOf<number[] & [1, 1]>();
expectTypeOf(net.predict([[1, 2, 3], [4, 5, 6]])).toEqualTypeOf<Predicted<[2, 1], FakeTensor>>();
expectTypeOf(net.predict(rows)).toEqualTypeOf<Predicted<[number, 1], FakeTensor>>();
expectTypeOf(net.predict(tensor2d)).toEqualTypeOf<Predicted<[number, 1], FakeTensor>>();
expectTypeOf(net.predict(anyTensor)).toEqualTypeOf<Predicted<[number, 1], FakeTensor>>();
expectTypeOf(net.predict(shaped)).toEqualTypeOf<Predicted<[5, 1], FakeTensor>>();
expectTypeOf(net.predict(anyData)).toEqualTypeOf<Predicted<[number, 1], FakeTensor>>();
// A result is data again: its batch size flows on.
expectTypeOf(net.predict(net.predict(shaped) as unknown as typeof shaped)).toEqualTypeOf<Predicted<[5, 1], FakeTensor>>();
expectTypeOf<batchOf<number[][]>>().toEqualTypeOf<number>();
expectTypeOf<batchOf<readonly [readonly [1], readonly [2]]>>().toEqualTypeOf<2>();
expectTypeOf<batchOf<readonly [1, 2] | readonly [1]>>().toEqualTypeOf<2 | 1>();
expectTypeOf<batchOf<any>>().toEqualTypeOf<number>();
expectTypeOf<batchOf<{ readonly shape: [7, 3] }>>().toEqualTypeOf<7>();
// Unknown sizes (null) are numbers in real data; an unknown rank stays unknown; a non-literal size stays number.
expectTypeOf<predictedShape<[null, null, 4], 3>>().toEqualTypeOf<[3, number, 4]>();
expectTypeOf<predictedShape<(number | null)[], 3>>().toEqualTypeOf<number[]>();
expectTypeOf<predictedShape<[null, number], 3>>().toEqualTypeOf<[3, number]>();
expectTypeOf<predictedShape<[null, 2 | 4], number>>().toEqualTypeOf<[number, 2 | 4]>();
expectTypeOf(unknownRank.predict(rows)).toEqualTypeOf<Predicted<number[], FakeTensor>>();
// A model whose outputs the compiler does not know: TF.js's own result type.
expectTypeOf(looseNet.predict(rows)).toEqualTypeOf<FakeTensor | FakeTensor[]>();

// Several inputs and outputs: a tuple in the model's order gives a tuple; a record keyed by the input
// names (which the compiler does not know) gives a record keyed by the output names.
expectTypeOf(two.predict([[[1, 2, 3]], [[1, 2]]])).toEqualTypeOf<[Predicted<[1, 1], FakeTensor>, Predicted<[1, 4, 4], FakeTensor>]>();
expectTypeOf(two.predict([rows, rows])).toEqualTypeOf<[Predicted<[number, 1], FakeTensor>, Predicted<[number, 4, 4], FakeTensor>]>();
expectTypeOf(two.predict({ a: rows, b: rows })).toEqualTypeOf<{ readonly [name: string]: Predicted<[number, 1] | [number, 4, 4], FakeTensor> }>();
expectTypeOf(two.fit([rows, tensor2d], [rows, anyTensor])).toEqualTypeOf<Promise<"history">>();
expectTypeOf(two.fit({ a: rows, b: rows }, { out: rows, map: rows })).toEqualTypeOf<Promise<"history">>();
expectTypeOf(manyIn.predict([rows, rows])).toEqualTypeOf<Predicted<[number, 1], FakeTensor>>();
expectTypeOf(net.fit(rows, [[1], [2]])).toEqualTypeOf<Promise<"history">>();
expectTypeOf(net.evaluate(tensor2d, tensor2d)).toEqualTypeOf<"scalar">();
// A union of ranks that includes the right one is left to the runtime check.
expectTypeOf<checkData<"predict", "input", [null, 3], typeof loose | number[][]>>().toEqualTypeOf<"ok">();
