/**
 * Soundness violations known today (issue #11): one entry per probe class of
 * test/soundness-probes.test.ts (`target.option.form@host`, see test/conformance/probes.ts), with the
 * properties it violates, each above it with the probe that shows it (the statements up to the layer's
 * call, binding prefixes dropped) and what went wrong. They are the same on TypeScript 7, 6.0, 5.9 and
 * 5.3. The causes are being fixed in src/; when a fix lands, its entries fail the suite ("now fixed")
 * until removed here, so this list only shrinks. Print today's table with
 * `SHAPEFLOW_PROBE_PENDING=1 npx vitest run test/soundness-probes.test.ts`.
 */
export type Property =
  | "false-error"
  | "missed-error"
  | "wrong-message"
  | "early-error"
  | "wrong-shape"
  | "wrong-count"
  | "any-or-never"
  | "unreadable-type"
  | "runtime-crash";

export const pendingSoundness: Readonly<Record<string, readonly Property[]>> = {
  // declare const v: any; const i = input({ shape: v }); const l = activation({ activation: "relu" }); const s = sequential().add(i).add(l);
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "activation.shape.any@sequential-add": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential({ layers: [x, l] }); } const i = input({ shape: [3] }); const l = activation({ activation: "relu" }); const s = f(i);
  // false-error: every run succeeds ([3]), the compiler says [apply] TS2345 Argument of type '{ layers: [SymbolicTensor<S>, Activation<"relu">]; }' is not assignable to parameter of type 'CheckedOptions<[[toModel<step<[S, S, 0], Activation<"...
  "activation.shape.generic-tensor@sequential-layers": ["false-error"],
  // declare const v: number[]; const i = input({ shape: [...v, 3] }); const l = activation({ activation: "relu" }); const o = pipe(i, l);
  // false-error: every run succeeds ([3]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 3] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 3]'. Source provides...
  "activation.shape.spread@pipe": ["false-error"],
  // declare const v: any; const i = input({ shape: v }); const j = input({ shape: [4] }); const l = add({}); const o = l([i, j]);
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "add.shape.any@functional": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return l([x, j]); } const i = input({ shape: [3] }); const j = input({ shape: [4] }); const l = add({}); const o = f(i);
  // missed-error: the runtime throws at apply: "Add needs inputs of the same shape (a size of 1 broadcasts), but input 1 is (None, 4) while input 0 is (None, 3): axis -1 is 3 vs 4. Fix: make every branch end in the same shape (for the last a...
  // any-or-never: o: SymbolicTensor<never>
  "add.shape.generic-tensor-bad@functional": ["missed-error", "any-or-never"],
  // declare const v: number[]; const i = input({ shape: [...v, 1] }); const j = input({ shape: [4] }); const l = add({}); const o = l([i, j]);
  // false-error: every run succeeds ([1]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 1] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 1]'. Source provides...
  "add.shape.spread@functional": ["false-error"],
  // declare const v: any; const i = input({ shape: [8, 3] }); const l = averagePooling1d({ poolSize: 2, inputShape: v }); const s = sequential().add(i).add(l);
  // false-error: every run succeeds ([8,3]), the compiler says [apply] TS2345 Argument of type 'AveragePooling1D<{ poolSize: 2; inputShape: any; }>' is not assignable to parameter of type '"AveragePooling1D: the layer was declared with batch...
  "averagePooling1d.inputShape.any@sequential-add": ["false-error"],
  // declare const v: any; const i = input({ shape: v }); const l = averagePooling1d({ poolSize: 2 }); const o = l(i);
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "averagePooling1d.shape.any@functional": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential({ layers: [x, l] }); } const i = input({ shape: [3] }); const l = averagePooling1d({ poolSize: 2 }); const s = f(i);
  // wrong-message: the runtime throws at apply: "Sequential layer 1: AveragePooling1D needs an input of rank 3, (batch, steps, features) with channelsLast, or (batch, features, steps) with channelsFirst, but got (None, 3) of rank 2. Fix: giv...
  "averagePooling1d.shape.generic-tensor-bad@sequential-layers": ["wrong-message"],
  // declare const v: number[]; const i = input({ shape: [...v, 3] }); const l = averagePooling1d({ poolSize: 2 }); const s = sequential({ layers: [i, l] });
  // false-error: every run succeeds ([8,3], [6,3]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 3] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 3]'. Source...
  "averagePooling1d.shape.spread@sequential-layers": ["false-error"],
  // declare const v: any; const i = input({ shape: [8, 3] }); const l = averagePooling1d({ poolSize: 2, strides: v }); const o = pipe(i, l);
  // wrong-shape: o is SymbolicTensor<[null, 7, 3]>, the runtime gives [null,4,3]
  "averagePooling1d.strides.any@pipe": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: [8, 8, 3] }); const l = averagePooling2d({ poolSize: 2, inputShape: v }); const o = pipe(i, l);
  // false-error: every run succeeds ([8,8,3]), the compiler says [apply] TS2345 Argument of type 'AveragePooling2D<{ poolSize: 2; inputShape: any; }>' is not assignable to parameter of type '(a: SymbolicTensor<[null, 8, 8, 3]>) => SymbolicTe...
  "averagePooling2d.inputShape.any@pipe": ["false-error"],
  // declare const v: any; const i = input({ shape: v }); const l = averagePooling2d({ poolSize: 2 }); const o = pipe(i, l);
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "averagePooling2d.shape.any@pipe": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return l(x); } const i = input({ shape: [8, 3] }); const l = averagePooling2d({ poolSize: 2 }); const o = f(i);
  // missed-error: the runtime throws at apply: "AveragePooling2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 8, 3) of rank 3. Fix: give the in...
  // any-or-never: o: SymbolicTensor<never>
  "averagePooling2d.shape.generic-tensor-bad@functional": ["missed-error", "any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential().add(x).add(l); } const i = input({ shape: [6, 6, 3] }); const l = averagePooling2d({ poolSize: 2 }); const s = f(i);
  // false-error: every run succeeds ([6,6,3]), the compiler says [apply] TS2345 Argument of type 'AveragePooling2D<{ poolSize: 2; }>' is not assignable to parameter of type 'Checked<[S] extends [undefined] ? S extends readonly [] ? [undefine...
  "averagePooling2d.shape.generic-tensor@sequential-add": ["false-error"],
  // declare const v: number[]; const i = input({ shape: [...v, 3] }); const l = averagePooling2d({ poolSize: 2 }); const o = l(i);
  // false-error: every run succeeds ([8,8,3], [6,6,3]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 3] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 3]'. So...
  "averagePooling2d.shape.spread@functional": ["false-error"],
  // declare const v: any; const i = input({ shape: [8, 8, 3] }); const l = averagePooling2d({ poolSize: 2, strides: v }); const o = l(i);
  // wrong-shape: o is SymbolicTensor<[null, 7, 7, 3]>, the runtime gives [null,4,4,3]
  "averagePooling2d.strides.any@functional": ["wrong-shape"],
  // declare const v: null | [1, 2]; const i = input({ shape: [8, 8, 3] }); const l = averagePooling2d({ poolSize: 2, strides: v }); const s = sequential({ layers: [i, l] });
  // false-error: every run succeeds (null, [1,2]), the compiler says [layer] TS2322 Type '[1, 2] | null' is not assignable to type '"AveragePooling2D: strides must be a positive integer or a list of 2 positive integers (how far the window mo...
  "averagePooling2d.strides.union@sequential-layers": ["false-error"],
  // declare const v: any; const i = input({ shape: [6, 6, 6, 3] }); const l = averagePooling3d({ poolSize: 2, inputShape: v }); const o = l(i);
  // false-error: every run succeeds ([6,6,6,3]), the compiler says [apply] TS2345 Argument of type 'SymbolicTensor<[null, 6, 6, 6, 3]>' is not assignable to parameter of type '"AveragePooling3D: the layer was declared with batch input shape ...
  "averagePooling3d.inputShape.any@functional": ["false-error"],
  // declare const v: any; const i = input({ shape: v }); const l = averagePooling3d({ poolSize: 2 }); const s = sequential().add(i).add(l);
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "averagePooling3d.shape.any@sequential-add": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return pipe(x, l); } const i = input({ shape: [8, 8, 3] }); const l = averagePooling3d({ poolSize: 2 }); const o = f(i);
  // missed-error: the runtime throws at apply: "AveragePooling3D needs an input of rank 5, (batch, dim1, dim2, dim3, channels) with channelsLast, or (batch, channels, dim1, dim2, dim3) with channelsFirst, but got (None, 8, 8, 3) of rank 4. F...
  // any-or-never: o: SymbolicTensor<never>
  "averagePooling3d.shape.generic-tensor-bad@pipe": ["missed-error", "any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential({ layers: [x, l] }); } const i = input({ shape: [4, 4, 4, 3] }); const l = averagePooling3d({ poolSize: 2 }); const s = f(i);
  // false-error: every run succeeds ([4,4,4,3]), the compiler says [apply] TS2345 Argument of type '{ layers: [SymbolicTensor<S>, AveragePooling3D<{ poolSize: 2; }>]; }' is not assignable to parameter of type 'CheckedOptions<[[toModel<step<[...
  "averagePooling3d.shape.generic-tensor@sequential-layers": ["false-error"],
  // declare const v: number[]; const i = input({ shape: [...v, 3] }); const l = averagePooling3d({ poolSize: 2 }); const o = pipe(i, l);
  // false-error: every run succeeds ([6,6,6,3], [4,4,4,3]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 3] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 3]'...
  "averagePooling3d.shape.spread@pipe": ["false-error"],
  // declare const v: any; const i = input({ shape: [6, 6, 6, 3] }); const l = averagePooling3d({ poolSize: 2, strides: v }); const s = sequential({ layers: [i, l] });
  // wrong-shape: o is [null, 5, 5, 5, 3], the runtime gives [null,3,3,3,3]
  "averagePooling3d.strides.any@sequential-layers": ["wrong-shape"],
  // declare const v: true | false; const i = input({ shape: [4, 3] }); const l = batchNormalization({ center: v }); const s = sequential().add(i).add(l);
  // wrong-count: c is 12, the runtime gives 9
  "batchNormalization.center.union@sequential-add": ["wrong-count"],
  // declare const v: any; const i = input({ shape: [4, 3] }); const l = batchNormalization({ inputShape: v }); const o = pipe(i, l);
  // false-error: every run succeeds ([4,3]), the compiler says [apply] TS2345 Argument of type 'BatchNormalization<{ inputShape: any; }>' is not assignable to parameter of type '(a: SymbolicTensor<[null, 4, 3]>) => SymbolicTensor<never>'. Ty...
  "batchNormalization.inputShape.any@pipe": ["false-error"],
  // declare const v: false | true; const i = input({ shape: [4, 3] }); const l = batchNormalization({ scale: v }); const s = sequential({ layers: [i, l] });
  // wrong-count: c is 12, the runtime gives 9
  "batchNormalization.scale.union@sequential-layers": ["wrong-count"],
  // declare const v: boolean; const i = input({ shape: [4, 3] }); const l = batchNormalization({ scale: v }); const s = sequential({ layers: [i, l] });
  // wrong-count: c is 12, the runtime gives 9
  "batchNormalization.scale.wide@sequential-layers": ["wrong-count"],
  // declare const v: any; const i = input({ shape: v }); const l = batchNormalization({}); const o = pipe(i, l);
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "batchNormalization.shape.any@pipe": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return l(x); } const i = input({ shape: [4, null] }); const l = batchNormalization({}); const o = f(i);
  // missed-error: the runtime throws at apply: "BatchNormalization needs axis -1 of its input defined, since its weights are sized by it, but got (None, 4, None). Fix: give that axis a size in the input shape; only other axes may be None."; ...
  // any-or-never: o: SymbolicTensor<never>
  "batchNormalization.shape.generic-tensor-bad@functional": ["missed-error", "any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential().add(x).add(l); } const i = input({ shape: [4, 3] }); const l = batchNormalization({}); const s = f(i);
  // false-error: every run succeeds ([4,3]), the compiler says [apply] TS2345 Argument of type 'BatchNormalization<{}>' is not assignable to parameter of type 'Checked<[S] extends [undefined] ? S extends readonly [] ? [undefined, [BatchNorma...
  "batchNormalization.shape.generic-tensor@sequential-add": ["false-error"],
  // declare const v: number[]; const i = input({ shape: [...v, 3] }); const l = batchNormalization({}); const o = l(i);
  // false-error: every run succeeds ([4,3]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 3] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 3]'. Source provid...
  "batchNormalization.shape.spread@functional": ["false-error"],
  // declare const v: any; const i = input({ shape: v }); const j = input({ shape: [2, 4] }); const l = concatenate({}); const o = l([i, j]);
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "concatenate.shape.any@functional": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return l([x, j]); } const i = input({ shape: [3, 4] }); const j = input({ shape: [2, 4] }); const l = concatenate({}); const o = f(i);
  // missed-error: the runtime throws at apply: "Concatenate joins along axis -1 and needs every other axis equal, but input 1 is (None, 2, 4) while input 0 is (None, 3, 4): axis 1 differs. Fix: make axis 1 match, or join along axis 1 instead...
  // any-or-never: o: SymbolicTensor<never>
  "concatenate.shape.generic-tensor-bad@functional": ["missed-error", "any-or-never"],
  // declare const v: number[]; const i = input({ shape: [...v, 4] }); const j = input({ shape: [2, 4] }); const l = concatenate({}); const o = l([i, j]);
  // false-error: every run succeeds ([2,4]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 4] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 4]'. Source provid...
  "concatenate.shape.spread@functional": ["false-error"],
  // declare const v: any; const i = input({ shape: [8, 3] }); const l = conv1d({ filters: 2, kernelSize: 3, dataFormat: v }); const o = pipe(i, l);
  // wrong-shape: o is SymbolicTensor<[null, 2, 1]>, the runtime gives [null,6,2]
  "conv1d.dataFormat.any@pipe": ["wrong-shape"],
  // declare const v: "channelsLast" | "channelsFirst"; const i = input({ shape: [8, 3] }); const l = conv1d({ filters: 2, kernelSize: 3, dataFormat: v }); const s = sequential().add(i).add(l);
  // wrong-shape: o is [null, 6, 2], the runtime gives [null,2,1]
  // wrong-count: c is 20, the runtime gives 50
  "conv1d.dataFormat.union@sequential-add": ["wrong-shape", "wrong-count"],
  // declare const v: DataFormat; const i = input({ shape: [8, 3] }); const l = conv1d({ filters: 2, kernelSize: 3, dataFormat: v }); const o = l(i);
  // wrong-shape: o is SymbolicTensor<[null, 6, 2]>, the runtime gives [null,2,1]
  "conv1d.dataFormat.wide@functional": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: [8, 3] }); const l = conv1d({ filters: 2, kernelSize: 3, dilationRate: v }); const o = l(i);
  // wrong-shape: o is SymbolicTensor<[null, 6, 2]>, the runtime gives [null,4,2]
  "conv1d.dilationRate.any@functional": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: [8, 3] }); const l = conv1d({ filters: v, kernelSize: 3 }); const o = pipe(i, l);
  // any-or-never: o: SymbolicTensor<[null, 6, any]>
  "conv1d.filters.any@pipe": ["any-or-never"],
  // declare const v: any; const i = input({ shape: [8, 3] }); const l = conv1d({ filters: 2, kernelSize: 3, inputShape: v }); const s = sequential({ layers: [i, l] });
  // false-error: every run succeeds ([8,3]), the compiler says [apply] TS2322 Type '(Conv1D<{ batchInputShape: [null, ...any[]]; filters: 2; kernelSize: 3; }> | SymbolicTensor<[null, 8, 3]>)[]' is not assignable to type '"Sequential layer 1:...
  "conv1d.inputShape.any@sequential-layers": ["false-error"],
  // declare const v: any; const i = input({ shape: [8, 3] }); const l = conv1d({ filters: 2, kernelSize: 3, padding: v }); const s = sequential({ layers: [i, l] });
  // wrong-shape: o is [null, 8, 2], the runtime gives [null,6,2]
  "conv1d.padding.any@sequential-layers": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: v }); const l = conv1d({ filters: 2, kernelSize: 3 }); const s = sequential({ layers: [i, l] });
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "conv1d.shape.any@sequential-layers": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential().add(x).add(l); } const i = input({ shape: [3] }); const l = conv1d({ filters: 2, kernelSize: 3 }); const s = f(i);
  // wrong-message: the runtime throws at apply: "Conv1D needs an input of rank 3, (batch, steps, features) with channelsLast, or (batch, features, steps) with channelsFirst, but got (None, 3) of rank 2. Fix: give the input that layout, e.g. ...
  "conv1d.shape.generic-tensor-bad@sequential-add": ["wrong-message"],
  // declare const v: number[]; const i = input({ shape: [...v, 3] }); const l = conv1d({ filters: 2, kernelSize: 3 }); const s = sequential().add(i).add(l);
  // false-error: every run succeeds ([8,3], [6,3]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 3] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 3]'. Source...
  "conv1d.shape.spread@sequential-add": ["false-error"],
  // declare const v: number[]; const i = input({ shape: v }); const l = conv1d({ filters: 2, kernelSize: 3 }); const s = sequential().add(i).add(l);
  // any-or-never: c: never
  "conv1d.shape.wide@sequential-add": ["any-or-never"],
  // declare const v: any; const i = input({ shape: [8, 3] }); const l = conv1d({ filters: 2, kernelSize: 3, strides: v }); const s = sequential().add(i).add(l);
  // wrong-shape: o is [null, 6, 2], the runtime gives [null,3,2]
  "conv1d.strides.any@sequential-add": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: [8, 3] }); const l = conv1d({ filters: 2, kernelSize: 3, useBias: v }); const s = sequential().add(i).add(l);
  // wrong-count: c is 18, the runtime gives 20
  "conv1d.useBias.any@sequential-add": ["wrong-count"],
  // declare const v: any; const i = input({ shape: [6, 3] }); const l = conv1dTranspose({ filters: 2, kernelSize: 3, strides: 2, dataFormat: v }); const s = sequential().add(i).add(l);
  // wrong-shape: o is [null, 2, 7], the runtime gives [null,13,2]
  // wrong-count: c is 38, the runtime gives 20
  "conv1dTranspose.dataFormat.any@sequential-add": ["wrong-shape", "wrong-count"],
  // declare const v: "channelsLast" | "channelsFirst"; const i = input({ shape: [6, 3] }); const l = conv1dTranspose({ filters: 2, kernelSize: 3, strides: 2, dataFormat: v }); const o = pipe(i, l);
  // wrong-shape: o is SymbolicTensor<[null, 13, 2]>, the runtime gives [null,2,7]
  "conv1dTranspose.dataFormat.union@pipe": ["wrong-shape"],
  // declare const v: DataFormat; const i = input({ shape: [6, 3] }); const l = conv1dTranspose({ filters: 2, kernelSize: 3, strides: 2, dataFormat: v }); const o = pipe(i, l);
  // wrong-shape: o is SymbolicTensor<[null, 13, 2]>, the runtime gives [null,2,7]
  "conv1dTranspose.dataFormat.wide@pipe": ["wrong-shape"],
  // function f<const V extends number>(v: V) { return conv1dTranspose({ filters: 2, kernelSize: 3, strides: 2, dilationRate: v }); } const i = input({ shape: [6, 3] }); const l = f(1); const s = sequential().add(i).add(l);
  // false-error: every run succeeds (1), the compiler says [layer] TS2345 Argument of type '{ filters: 2; kernelSize: 3; strides: 2; dilationRate: V; }' is not assignable to parameter of type 'CheckedOptions<[checkSpatial<"Conv1DTranspose", ...
  "conv1dTranspose.dilationRate.generic@sequential-add": ["false-error"],
  // declare const v: number; const i = input({ shape: [6, 3] }); const l = conv1dTranspose({ filters: 2, kernelSize: 3, strides: 2, dilationRate: v }); const s = sequential().add(i).add(l);
  // false-error: every run succeeds (1), the compiler says [layer] TS2322 Type 'number' is not assignable to type '"Conv1DTranspose: strides > 1 cannot go with dilationRate > 1 (Keras forbids it), but got strides 2 and dilationRate ?. Fix: u...
  "conv1dTranspose.dilationRate.wide@sequential-add": ["false-error"],
  // declare const v: any; const i = input({ shape: [6, 3] }); const l = conv1dTranspose({ filters: v, kernelSize: 3, strides: 2 }); const o = l(i);
  // any-or-never: o: SymbolicTensor<[null, 13, any]>
  "conv1dTranspose.filters.any@functional": ["any-or-never"],
  // declare const v: any; const i = input({ shape: [6, 3] }); const l = conv1dTranspose({ filters: 2, kernelSize: 3, strides: 2, inputShape: v }); const o = l(i);
  // false-error: every run succeeds ([6,3]), the compiler says [apply] TS2345 Argument of type 'SymbolicTensor<[null, 6, 3]>' is not assignable to parameter of type '"Conv1DTranspose: the layer was declared with batch input shape (None), but...
  "conv1dTranspose.inputShape.any@functional": ["false-error"],
  // declare const v: any; const i = input({ shape: [6, 3] }); const l = conv1dTranspose({ filters: 2, kernelSize: 3, strides: 2, outputPadding: v }); const s = sequential({ layers: [i, l] });
  // wrong-shape: o is [null, 13, 2], the runtime gives [null,14,2]
  "conv1dTranspose.outputPadding.any@sequential-layers": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: [6, 3] }); const l = conv1dTranspose({ filters: 2, kernelSize: 3, strides: 2, padding: v }); const s = sequential().add(i).add(l);
  // wrong-shape: o is [null, 12, 2], the runtime gives [null,13,2]
  "conv1dTranspose.padding.any@sequential-add": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: v }); const l = conv1dTranspose({ filters: 2, kernelSize: 3, strides: 2 }); const s = sequential().add(i).add(l);
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "conv1dTranspose.shape.any@sequential-add": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return pipe(x, l); } const i = input({ shape: [3] }); const l = conv1dTranspose({ filters: 2, kernelSize: 3, strides: 2 }); const o = f(i);
  // missed-error: the runtime throws at apply: "Conv1DTranspose needs an input of rank 3, (batch, steps, features) with channelsLast, or (batch, features, steps) with channelsFirst, but got (None, 3) of rank 2. Fix: give the input that layou...
  // any-or-never: o: SymbolicTensor<never>
  "conv1dTranspose.shape.generic-tensor-bad@pipe": ["missed-error", "any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential({ layers: [x, l] }); } const i = input({ shape: [6, 3] }); const l = conv1dTranspose({ filters: 2, kernelSize: 3, strides: 2 }); const s = f(i);
  // false-error: every run succeeds ([6,3]), the compiler says [apply] TS2345 Argument of type '{ layers: [SymbolicTensor<S>, Conv1DTranspose<{ filters: 2; kernelSize: 3; strides: 2; }>]; }' is not assignable to parameter of type 'CheckedOpt...
  "conv1dTranspose.shape.generic-tensor@sequential-layers": ["false-error"],
  // declare const v: number[]; const i = input({ shape: [...v, 3] }); const l = conv1dTranspose({ filters: 2, kernelSize: 3, strides: 2 }); const o = pipe(i, l);
  // false-error: every run succeeds ([6,3], [5,3]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 3] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 3]'. Source...
  "conv1dTranspose.shape.spread@pipe": ["false-error"],
  // declare const v: any; const i = input({ shape: [6, 3] }); const l = conv1dTranspose({ filters: 2, kernelSize: 3, strides: v }); const s = sequential({ layers: [i, l] });
  // wrong-shape: o is [null, 8, 2], the runtime gives [null,13,2]
  "conv1dTranspose.strides.any@sequential-layers": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: [6, 3] }); const l = conv1dTranspose({ filters: 2, kernelSize: 3, strides: 2, useBias: v }); const s = sequential({ layers: [i, l] });
  // wrong-count: c is 18, the runtime gives 20
  "conv1dTranspose.useBias.any@sequential-layers": ["wrong-count"],
  // declare const v: boolean; const i = input({ shape: [6, 3] }); const l = conv1dTranspose({ filters: 2, kernelSize: 3, strides: 2, useBias: v }); const s = sequential().add(i).add(l);
  // wrong-count: c is 20, the runtime gives 18
  "conv1dTranspose.useBias.wide@sequential-add": ["wrong-count"],
  // declare const v: any; const i = input({ shape: [8, 8, 3] }); const l = conv2d({ filters: 2, kernelSize: 3, dataFormat: v }); const s = sequential().add(i).add(l);
  // wrong-shape: o is [null, 2, 6, 1], the runtime gives [null,6,6,2]
  // wrong-count: c is 146, the runtime gives 56
  "conv2d.dataFormat.any@sequential-add": ["wrong-shape", "wrong-count"],
  // declare const v: "channelsLast" | "channelsFirst"; const i = input({ shape: [8, 8, 3] }); const l = conv2d({ filters: 2, kernelSize: 3, dataFormat: v }); const o = pipe(i, l);
  // wrong-shape: o is SymbolicTensor<[null, 6, 6, 2]>, the runtime gives [null,2,6,1]
  "conv2d.dataFormat.union@pipe": ["wrong-shape"],
  // declare const v: DataFormat; const i = input({ shape: [8, 8, 3] }); const l = conv2d({ filters: 2, kernelSize: 3, dataFormat: v }); const o = pipe(i, l);
  // wrong-shape: o is SymbolicTensor<[null, 6, 6, 2]>, the runtime gives [null,2,6,1]
  "conv2d.dataFormat.wide@pipe": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: [8, 8, 3] }); const l = conv2d({ filters: 2, kernelSize: 3, dilationRate: v }); const s = sequential({ layers: [i, l] });
  // wrong-shape: o is [null, 6, 6, 2], the runtime gives [null,4,4,2]
  "conv2d.dilationRate.any@sequential-layers": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: [8, 8, 3] }); const l = conv2d({ filters: v, kernelSize: 3 }); const o = l(i);
  // any-or-never: o: SymbolicTensor<[null, 6, 6, any]>
  "conv2d.filters.any@functional": ["any-or-never"],
  // declare const v: any; const i = input({ shape: [8, 8, 3] }); const l = conv2d({ filters: 2, kernelSize: 3, inputShape: v }); const o = l(i);
  // false-error: every run succeeds ([8,8,3]), the compiler says [apply] TS2345 Argument of type 'SymbolicTensor<[null, 8, 8, 3]>' is not assignable to parameter of type '"Conv2D: the layer was declared with batch input shape (None), but is ...
  "conv2d.inputShape.any@functional": ["false-error"],
  // declare const v: any; const i = input({ shape: [8, 8, 3] }); const l = conv2d({ filters: 2, kernelSize: 3, padding: v }); const s = sequential().add(i).add(l);
  // wrong-shape: o is [null, 8, 8, 2], the runtime gives [null,6,6,2]
  "conv2d.padding.any@sequential-add": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: v }); const l = conv2d({ filters: 2, kernelSize: 3 }); const s = sequential().add(i).add(l);
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "conv2d.shape.any@sequential-add": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return pipe(x, l); } const i = input({ shape: [8, 3] }); const l = conv2d({ filters: 2, kernelSize: 3 }); const o = f(i);
  // missed-error: the runtime throws at apply: "Conv2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 8, 3) of rank 3. Fix: give the input that l...
  // any-or-never: o: SymbolicTensor<never>
  "conv2d.shape.generic-tensor-bad@pipe": ["missed-error", "any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential({ layers: [x, l] }); } const i = input({ shape: [6, 6, 3] }); const l = conv2d({ filters: 2, kernelSize: 3 }); const s = f(i);
  // false-error: every run succeeds ([6,6,3]), the compiler says [apply] TS2345 Argument of type '{ layers: [SymbolicTensor<S>, Conv2D<{ filters: 2; kernelSize: 3; }>]; }' is not assignable to parameter of type 'CheckedOptions<[[toModel<step...
  "conv2d.shape.generic-tensor@sequential-layers": ["false-error"],
  // declare const v: number[]; const i = input({ shape: [...v, 3] }); const l = conv2d({ filters: 2, kernelSize: 3 }); const o = pipe(i, l);
  // false-error: every run succeeds ([8,8,3], [6,6,3]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 3] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 3]'. So...
  "conv2d.shape.spread@pipe": ["false-error"],
  // declare const v: any; const i = input({ shape: [8, 8, 3] }); const l = conv2d({ filters: 2, kernelSize: 3, strides: v }); const s = sequential({ layers: [i, l] });
  // wrong-shape: o is [null, 6, 6, 2], the runtime gives [null,3,3,2]
  "conv2d.strides.any@sequential-layers": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: [8, 8, 3] }); const l = conv2d({ filters: 2, kernelSize: 3, useBias: v }); const s = sequential({ layers: [i, l] });
  // wrong-count: c is 54, the runtime gives 56
  "conv2d.useBias.any@sequential-layers": ["wrong-count"],
  // declare const v: boolean; const i = input({ shape: [8, 8, 3] }); const l = conv2d({ filters: 2, kernelSize: 3, useBias: v }); const s = sequential().add(i).add(l);
  // wrong-count: c is 56, the runtime gives 54
  "conv2d.useBias.wide@sequential-add": ["wrong-count"],
  // declare const v: any; const i = input({ shape: [6, 6, 3] }); const l = conv2dTranspose({ filters: 2, kernelSize: 3, strides: 2, dataFormat: v }); const s = sequential({ layers: [i, l] });
  // wrong-shape: o is [null, 2, 13, 7], the runtime gives [null,13,13,2]
  // wrong-count: c is 110, the runtime gives 56
  "conv2dTranspose.dataFormat.any@sequential-layers": ["wrong-shape", "wrong-count"],
  // declare const v: "channelsLast" | "channelsFirst"; const i = input({ shape: [6, 6, 3] }); const l = conv2dTranspose({ filters: 2, kernelSize: 3, strides: 2, dataFormat: v }); const o = l(i);
  // wrong-shape: o is SymbolicTensor<[null, 13, 13, 2]>, the runtime gives [null,2,13,7]
  "conv2dTranspose.dataFormat.union@functional": ["wrong-shape"],
  // declare const v: DataFormat; const i = input({ shape: [6, 6, 3] }); const l = conv2dTranspose({ filters: 2, kernelSize: 3, strides: 2, dataFormat: v }); const s = sequential().add(i).add(l);
  // wrong-shape: o is [null, 13, 13, 2], the runtime gives [null,2,13,7]
  // wrong-count: c is 56, the runtime gives 110
  "conv2dTranspose.dataFormat.wide@sequential-add": ["wrong-shape", "wrong-count"],
  // function f<const V extends number>(v: V) { return conv2dTranspose({ filters: 2, kernelSize: 3, strides: 2, dilationRate: v }); } const i = input({ shape: [6, 6, 3] }); const l = f(1); const s = sequential({ layers: [...
  // false-error: every run succeeds (1), the compiler says [layer] TS2345 Argument of type '{ filters: 2; kernelSize: 3; strides: 2; dilationRate: V; }' is not assignable to parameter of type 'CheckedOptions<[checkSpatial<"Conv2DTranspose", ...
  "conv2dTranspose.dilationRate.generic@sequential-layers": ["false-error"],
  // declare const v: number; const i = input({ shape: [6, 6, 3] }); const l = conv2dTranspose({ filters: 2, kernelSize: 3, strides: 2, dilationRate: v }); const o = pipe(i, l);
  // false-error: every run succeeds (1), the compiler says [layer] TS2322 Type 'number' is not assignable to type '"Conv2DTranspose: strides > 1 cannot go with dilationRate > 1 (Keras forbids it), but got strides 2 and dilationRate ?. Fix: u...
  "conv2dTranspose.dilationRate.wide@pipe": ["false-error"],
  // declare const v: any; const i = input({ shape: [6, 6, 3] }); const l = conv2dTranspose({ filters: v, kernelSize: 3, strides: 2 }); const s = sequential({ layers: [i, l] });
  // any-or-never: o: [null, 13, 13, any]
  "conv2dTranspose.filters.any@sequential-layers": ["any-or-never"],
  // declare const v: any; const i = input({ shape: [6, 6, 3] }); const l = conv2dTranspose({ filters: 2, kernelSize: 3, strides: 2, inputShape: v }); const o = pipe(i, l);
  // false-error: every run succeeds ([6,6,3]), the compiler says [apply] TS2345 Argument of type 'Conv2DTranspose<{ batchInputShape: [null, ...any[]]; filters: 2; kernelSize: 3; strides: 2; }>' is not assignable to parameter of type '(a: Sym...
  "conv2dTranspose.inputShape.any@pipe": ["false-error"],
  // declare const v: any; const i = input({ shape: [6, 6, 3] }); const l = conv2dTranspose({ filters: 2, kernelSize: 3, strides: 2, outputPadding: v }); const o = l(i);
  // wrong-shape: o is SymbolicTensor<[null, 13, 13, 2]>, the runtime gives [null,14,14,2]
  "conv2dTranspose.outputPadding.any@functional": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: [6, 6, 3] }); const l = conv2dTranspose({ filters: 2, kernelSize: 3, strides: 2, padding: v }); const o = pipe(i, l);
  // wrong-shape: o is SymbolicTensor<[null, 12, 12, 2]>, the runtime gives [null,13,13,2]
  "conv2dTranspose.padding.any@pipe": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: v }); const l = conv2dTranspose({ filters: 2, kernelSize: 3, strides: 2 }); const o = pipe(i, l);
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "conv2dTranspose.shape.any@pipe": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return l(x); } const i = input({ shape: [6, 3] }); const l = conv2dTranspose({ filters: 2, kernelSize: 3, strides: 2 }); const o = f(i);
  // missed-error: the runtime throws at apply: "Conv2DTranspose needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 6, 3) of rank 3. Fix: give the inp...
  // any-or-never: o: SymbolicTensor<never>
  "conv2dTranspose.shape.generic-tensor-bad@functional": ["missed-error", "any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential().add(x).add(l); } const i = input({ shape: [6, 6, 3] }); const l = conv2dTranspose({ filters: 2, kernelSize: 3, strides: 2 }); const s = f(i);
  // false-error: every run succeeds ([6,6,3]), the compiler says [apply] TS2345 Argument of type 'Conv2DTranspose<{ filters: 2; kernelSize: 3; strides: 2; }>' is not assignable to parameter of type 'Checked<[S] extends [undefined] ? S extend...
  "conv2dTranspose.shape.generic-tensor@sequential-add": ["false-error"],
  // declare const v: number[]; const i = input({ shape: [...v, 3] }); const l = conv2dTranspose({ filters: 2, kernelSize: 3, strides: 2 }); const o = l(i);
  // false-error: every run succeeds ([6,6,3], [5,5,3]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 3] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 3]'. So...
  "conv2dTranspose.shape.spread@functional": ["false-error"],
  // declare const v: any; const i = input({ shape: [6, 6, 3] }); const l = conv2dTranspose({ filters: 2, kernelSize: 3, strides: v }); const o = l(i);
  // wrong-shape: o is SymbolicTensor<[null, 8, 8, 2]>, the runtime gives [null,13,13,2]
  "conv2dTranspose.strides.any@functional": ["wrong-shape"],
  // declare const v: true | false; const i = input({ shape: [6, 6, 3] }); const l = conv2dTranspose({ filters: 2, kernelSize: 3, strides: 2, useBias: v }); const s = sequential({ layers: [i, l] });
  // wrong-count: c is 56, the runtime gives 54
  "conv2dTranspose.useBias.union@sequential-layers": ["wrong-count"],
  // declare const v: boolean; const i = input({ shape: [6, 6, 3] }); const l = conv2dTranspose({ filters: 2, kernelSize: 3, strides: 2, useBias: v }); const s = sequential({ layers: [i, l] });
  // wrong-count: c is 56, the runtime gives 54
  "conv2dTranspose.useBias.wide@sequential-layers": ["wrong-count"],
  // declare const v: any; const i = input({ shape: [6, 6, 6, 3] }); const l = conv3d({ filters: 2, kernelSize: 3, dataFormat: v }); const s = sequential({ layers: [i, l] });
  // wrong-shape: o is [null, 2, 4, 4, 1], the runtime gives [null,4,4,4,2]
  // wrong-count: c is 326, the runtime gives 164
  "conv3d.dataFormat.any@sequential-layers": ["wrong-shape", "wrong-count"],
  // declare const v: "channelsLast" | "channelsFirst"; const i = input({ shape: [6, 6, 6, 3] }); const l = conv3d({ filters: 2, kernelSize: 3, dataFormat: v }); const o = l(i);
  // wrong-shape: o is SymbolicTensor<[null, 4, 4, 4, 2]>, the runtime gives [null,2,4,4,1]
  "conv3d.dataFormat.union@functional": ["wrong-shape"],
  // declare const v: DataFormat; const i = input({ shape: [6, 6, 6, 3] }); const l = conv3d({ filters: 2, kernelSize: 3, dataFormat: v }); const s = sequential().add(i).add(l);
  // wrong-shape: o is [null, 4, 4, 4, 2], the runtime gives [null,2,4,4,1]
  // wrong-count: c is 164, the runtime gives 326
  "conv3d.dataFormat.wide@sequential-add": ["wrong-shape", "wrong-count"],
  // declare const v: any; const i = input({ shape: [6, 6, 6, 3] }); const l = conv3d({ filters: 2, kernelSize: 3, dilationRate: v }); const s = sequential().add(i).add(l);
  // wrong-shape: o is [null, 4, 4, 4, 2], the runtime gives [null,2,2,2,2]
  "conv3d.dilationRate.any@sequential-add": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: [6, 6, 6, 3] }); const l = conv3d({ filters: v, kernelSize: 3 }); const s = sequential({ layers: [i, l] });
  // any-or-never: o: [null, 4, 4, 4, any]
  "conv3d.filters.any@sequential-layers": ["any-or-never"],
  // declare const v: any; const i = input({ shape: [6, 6, 6, 3] }); const l = conv3d({ filters: 2, kernelSize: 3, inputShape: v }); const o = pipe(i, l);
  // false-error: every run succeeds ([6,6,6,3]), the compiler says [apply] TS2345 Argument of type 'Conv3D<{ batchInputShape: [null, ...any[]]; filters: 2; kernelSize: 3; }>' is not assignable to parameter of type '(a: SymbolicTensor<[null, ...
  "conv3d.inputShape.any@pipe": ["false-error"],
  // declare const v: any; const i = input({ shape: [6, 6, 6, 3] }); const l = conv3d({ filters: 2, kernelSize: 3, padding: v }); const o = pipe(i, l);
  // wrong-shape: o is SymbolicTensor<[null, 6, 6, 6, 2]>, the runtime gives [null,4,4,4,2]
  "conv3d.padding.any@pipe": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: v }); const l = conv3d({ filters: 2, kernelSize: 3 }); const o = pipe(i, l);
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "conv3d.shape.any@pipe": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return l(x); } const i = input({ shape: [8, 8, 3] }); const l = conv3d({ filters: 2, kernelSize: 3 }); const o = f(i);
  // missed-error: the runtime throws at apply: "Conv3D needs an input of rank 5, (batch, dim1, dim2, dim3, channels) with channelsLast, or (batch, channels, dim1, dim2, dim3) with channelsFirst, but got (None, 8, 8, 3) of rank 4. Fix: give t...
  // any-or-never: o: SymbolicTensor<never>
  "conv3d.shape.generic-tensor-bad@functional": ["missed-error", "any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential().add(x).add(l); } const i = input({ shape: [6, 6, 6, 3] }); const l = conv3d({ filters: 2, kernelSize: 3 }); const s = f(i);
  // false-error: every run succeeds ([6,6,6,3]), the compiler says [apply] TS2345 Argument of type 'Conv3D<{ filters: 2; kernelSize: 3; }>' is not assignable to parameter of type 'Checked<[S] extends [undefined] ? S extends readonly [] ? [un...
  "conv3d.shape.generic-tensor@sequential-add": ["false-error"],
  // declare const v: number[]; const i = input({ shape: [...v, 3] }); const l = conv3d({ filters: 2, kernelSize: 3 }); const o = l(i);
  // false-error: every run succeeds ([6,6,6,3], [5,5,5,3]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 3] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 3]'...
  "conv3d.shape.spread@functional": ["false-error"],
  // declare const v: any; const i = input({ shape: [6, 6, 6, 3] }); const l = conv3d({ filters: 2, kernelSize: 3, strides: v }); const o = l(i);
  // wrong-shape: o is SymbolicTensor<[null, 4, 4, 4, 2]>, the runtime gives [null,2,2,2,2]
  "conv3d.strides.any@functional": ["wrong-shape"],
  // declare const v: false | true; const i = input({ shape: [6, 6, 6, 3] }); const l = conv3d({ filters: 2, kernelSize: 3, useBias: v }); const s = sequential({ layers: [i, l] });
  // wrong-count: c is 164, the runtime gives 162
  "conv3d.useBias.union@sequential-layers": ["wrong-count"],
  // declare const v: boolean; const i = input({ shape: [6, 6, 6, 3] }); const l = conv3d({ filters: 2, kernelSize: 3, useBias: v }); const s = sequential({ layers: [i, l] });
  // wrong-count: c is 164, the runtime gives 162
  "conv3d.useBias.wide@sequential-layers": ["wrong-count"],
  // declare const v: any; const i = input({ shape: [4, 4, 4, 3] }); const l = conv3dTranspose({ filters: 2, kernelSize: 3, strides: 2, dataFormat: v }); const o = l(i);
  // wrong-shape: o is SymbolicTensor<[null, 2, 9, 9, 7]>, the runtime gives [null,9,9,9,2]
  "conv3dTranspose.dataFormat.any@functional": ["wrong-shape"],
  // declare const v: "channelsFirst" | "channelsLast"; const i = input({ shape: [4, 4, 4, 3] }); const l = conv3dTranspose({ filters: 2, kernelSize: 3, strides: 2, dataFormat: v }); const s = sequential({ layers: [i, l] });
  // wrong-shape: o is [null, 9, 9, 9, 2], the runtime gives [null,2,9,9,7]
  // wrong-count: c is 164, the runtime gives 218
  "conv3dTranspose.dataFormat.union@sequential-layers": ["wrong-shape", "wrong-count"],
  // declare const v: DataFormat; const i = input({ shape: [4, 4, 4, 3] }); const l = conv3dTranspose({ filters: 2, kernelSize: 3, strides: 2, dataFormat: v }); const s = sequential({ layers: [i, l] });
  // wrong-shape: o is [null, 9, 9, 9, 2], the runtime gives [null,2,9,9,7]
  // wrong-count: c is 164, the runtime gives 218
  "conv3dTranspose.dataFormat.wide@sequential-layers": ["wrong-shape", "wrong-count"],
  // function f<const V extends number>(v: V) { return conv3dTranspose({ filters: 2, kernelSize: 3, strides: 2, dilationRate: v }); } const i = input({ shape: [4, 4, 4, 3] }); const l = f(1); const o = l(i);
  // false-error: every run succeeds (1), the compiler says [layer] TS2345 Argument of type '{ filters: 2; kernelSize: 3; strides: 2; dilationRate: V; }' is not assignable to parameter of type 'CheckedOptions<[checkSpatial<"Conv3DTranspose", ...
  "conv3dTranspose.dilationRate.generic@functional": ["false-error"],
  // declare const v: number; const i = input({ shape: [4, 4, 4, 3] }); const l = conv3dTranspose({ filters: 2, kernelSize: 3, strides: 2, dilationRate: v }); const o = l(i);
  // false-error: every run succeeds (1), the compiler says [layer] TS2322 Type 'number' is not assignable to type '"Conv3DTranspose: strides > 1 cannot go with dilationRate > 1 (Keras forbids it), but got strides 2 and dilationRate ?. Fix: u...
  "conv3dTranspose.dilationRate.wide@functional": ["false-error"],
  // declare const v: any; const i = input({ shape: [4, 4, 4, 3] }); const l = conv3dTranspose({ filters: v, kernelSize: 3, strides: 2 }); const s = sequential().add(i).add(l);
  // any-or-never: o: [null, 9, 9, 9, any]
  "conv3dTranspose.filters.any@sequential-add": ["any-or-never"],
  // declare const v: any; const i = input({ shape: [4, 4, 4, 3] }); const l = conv3dTranspose({ filters: 2, kernelSize: 3, strides: 2, inputShape: v }); const s = sequential().add(i).add(l);
  // false-error: every run succeeds ([4,4,4,3]), the compiler says [apply] TS2345 Argument of type 'Conv3DTranspose<{ batchInputShape: [null, ...any[]]; filters: 2; kernelSize: 3; strides: 2; }>' is not assignable to parameter of type '"Conv...
  "conv3dTranspose.inputShape.any@sequential-add": ["false-error"],
  // declare const v: any; const i = input({ shape: [4, 4, 4, 3] }); const l = conv3dTranspose({ filters: 2, kernelSize: 3, strides: 2, outputPadding: v }); const o = pipe(i, l);
  // wrong-shape: o is SymbolicTensor<[null, 9, 9, 9, 2]>, the runtime gives [null,10,10,10,2]
  "conv3dTranspose.outputPadding.any@pipe": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: [4, 4, 4, 3] }); const l = conv3dTranspose({ filters: 2, kernelSize: 3, strides: 2, padding: v }); const o = l(i);
  // wrong-shape: o is SymbolicTensor<[null, 8, 8, 8, 2]>, the runtime gives [null,9,9,9,2]
  "conv3dTranspose.padding.any@functional": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: v }); const l = conv3dTranspose({ filters: 2, kernelSize: 3, strides: 2 }); const o = l(i);
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "conv3dTranspose.shape.any@functional": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential({ layers: [x, l] }); } const i = input({ shape: [6, 6, 3] }); const l = conv3dTranspose({ filters: 2, kernelSize: 3, strides: 2 }); const s = f(i);
  // wrong-message: the runtime throws at apply: "Sequential layer 1: Conv3DTranspose needs an input of rank 5, (batch, dim1, dim2, dim3, channels) with channelsLast, or (batch, channels, dim1, dim2, dim3) with channelsFirst, but got (None, 6...
  "conv3dTranspose.shape.generic-tensor-bad@sequential-layers": ["wrong-message"],
  // declare const v: number[]; const i = input({ shape: [...v, 3] }); const l = conv3dTranspose({ filters: 2, kernelSize: 3, strides: 2 }); const s = sequential({ layers: [i, l] });
  // false-error: every run succeeds ([4,4,4,3], [3,3,3,3]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 3] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 3]'...
  "conv3dTranspose.shape.spread@sequential-layers": ["false-error"],
  // declare const v: number[]; const i = input({ shape: v }); const l = conv3dTranspose({ filters: 2, kernelSize: 3, strides: 2 }); const s = sequential({ layers: [i, l] });
  // any-or-never: c: never
  "conv3dTranspose.shape.wide@sequential-layers": ["any-or-never"],
  // declare const v: any; const i = input({ shape: [4, 4, 4, 3] }); const l = conv3dTranspose({ filters: 2, kernelSize: 3, strides: v }); const o = pipe(i, l);
  // wrong-shape: o is SymbolicTensor<[null, 6, 6, 6, 2]>, the runtime gives [null,9,9,9,2]
  "conv3dTranspose.strides.any@pipe": ["wrong-shape"],
  // declare const v: true | false; const i = input({ shape: [4, 4, 4, 3] }); const l = conv3dTranspose({ filters: 2, kernelSize: 3, strides: 2, useBias: v }); const s = sequential().add(i).add(l);
  // wrong-count: c is 164, the runtime gives 162
  "conv3dTranspose.useBias.union@sequential-add": ["wrong-count"],
  // declare const v: any; const i = input({ shape: [8, 3] }); const l = cropping1d({ inputShape: v }); const s = sequential({ layers: [i, l] });
  // false-error: every run succeeds ([8,3]), the compiler says [apply] TS2322 Type '(Cropping1D<{ inputShape: any; }> | SymbolicTensor<[null, 8, 3]>)[]' is not assignable to type '"Sequential layer 1: Cropping1D: the layer was declared with ...
  "cropping1d.inputShape.any@sequential-layers": ["false-error"],
  // declare const v: any; const i = input({ shape: v }); const l = cropping1d({}); const s = sequential({ layers: [i, l] });
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "cropping1d.shape.any@sequential-layers": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential().add(x).add(l); } const i = input({ shape: [8] }); const l = cropping1d({}); const s = f(i);
  // wrong-message: the runtime throws at apply: "Cropping1D needs an input of rank 3, (batch, steps, features), but got (None, 8) of rank 2. Fix: give the input that layout, e.g. input({ shape: [100, 8] })."; the compiler says [apply] TS2345...
  "cropping1d.shape.generic-tensor-bad@sequential-add": ["wrong-message"],
  // declare const v: number[]; const i = input({ shape: [...v, 3] }); const l = cropping1d({}); const s = sequential().add(i).add(l);
  // false-error: every run succeeds ([8,3], [9,3]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 3] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 3]'. Source...
  "cropping1d.shape.spread@sequential-add": ["false-error"],
  // declare const v: any; const i = input({ shape: [8, 8, 3] }); const l = cropping2d({ inputShape: v }); const o = l(i);
  // false-error: every run succeeds ([8,8,3]), the compiler says [apply] TS2345 Argument of type 'SymbolicTensor<[null, 8, 8, 3]>' is not assignable to parameter of type '"Cropping2D: the layer was declared with batch input shape (None), but...
  "cropping2d.inputShape.any@functional": ["false-error"],
  // declare const v: any; const i = input({ shape: v }); const l = cropping2d({}); const s = sequential().add(i).add(l);
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "cropping2d.shape.any@sequential-add": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return pipe(x, l); } const i = input({ shape: [8] }); const l = cropping2d({}); const o = f(i);
  // missed-error: the runtime throws at apply: "Cropping2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 8) of rank 2. Fix: give the input that ...
  // any-or-never: o: SymbolicTensor<never>
  "cropping2d.shape.generic-tensor-bad@pipe": ["missed-error", "any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential({ layers: [x, l] }); } const i = input({ shape: [8, 8, 3] }); const l = cropping2d({}); const s = f(i);
  // false-error: every run succeeds ([8,8,3]), the compiler says [apply] TS2345 Argument of type '{ layers: [SymbolicTensor<S>, Cropping2D<{}>]; }' is not assignable to parameter of type 'CheckedOptions<[[toModel<step<[S, S, 0], Cropping2D<{...
  "cropping2d.shape.generic-tensor@sequential-layers": ["false-error"],
  // declare const v: number[]; const i = input({ shape: [...v, 3] }); const l = cropping2d({}); const o = pipe(i, l);
  // false-error: every run succeeds ([8,8,3], [9,9,3]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 3] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 3]'. So...
  "cropping2d.shape.spread@pipe": ["false-error"],
  // declare const v: any; const i = input({ shape: [6, 6, 6, 3] }); const l = cropping3d({ dataFormat: v }); const s = sequential({ layers: [i, l] });
  // wrong-shape: o is [null, 6, 4, 4, 1], the runtime gives [null,4,4,4,3]
  "cropping3d.dataFormat.any@sequential-layers": ["wrong-shape"],
  // declare const v: "channelsLast" | "channelsFirst"; const i = input({ shape: [6, 6, 6, 3] }); const l = cropping3d({ dataFormat: v }); const o = l(i);
  // wrong-shape: o is SymbolicTensor<[null, 4, 4, 4, 3]>, the runtime gives [null,6,4,4,1]
  "cropping3d.dataFormat.union@functional": ["wrong-shape"],
  // declare const v: DataFormat; const i = input({ shape: [6, 6, 6, 3] }); const l = cropping3d({ dataFormat: v }); const s = sequential().add(i).add(l);
  // wrong-shape: o is [null, 4, 4, 4, 3], the runtime gives [null,6,4,4,1]
  "cropping3d.dataFormat.wide@sequential-add": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: [6, 6, 6, 3] }); const l = cropping3d({ inputShape: v }); const o = pipe(i, l);
  // false-error: every run succeeds ([6,6,6,3]), the compiler says [apply] TS2345 Argument of type 'Cropping3D<{ inputShape: any; }>' is not assignable to parameter of type '(a: SymbolicTensor<[null, 6, 6, 6, 3]>) => SymbolicTensor<never>'. ...
  "cropping3d.inputShape.any@pipe": ["false-error"],
  // declare const v: any; const i = input({ shape: v }); const l = cropping3d({}); const o = pipe(i, l);
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "cropping3d.shape.any@pipe": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return l(x); } const i = input({ shape: [8] }); const l = cropping3d({}); const o = f(i);
  // missed-error: the runtime throws at apply: "Cropping3D needs an input of rank 5, (batch, dim1, dim2, dim3, channels) with channelsLast, or (batch, channels, dim1, dim2, dim3) with channelsFirst, but got (None, 8) of rank 2. Fix: give the...
  // any-or-never: o: SymbolicTensor<never>
  "cropping3d.shape.generic-tensor-bad@functional": ["missed-error", "any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential().add(x).add(l); } const i = input({ shape: [6, 6, 6, 3] }); const l = cropping3d({}); const s = f(i);
  // false-error: every run succeeds ([6,6,6,3]), the compiler says [apply] TS2345 Argument of type 'Cropping3D<{}>' is not assignable to parameter of type 'Checked<[S] extends [undefined] ? S extends readonly [] ? [undefined, [Cropping3D<{}>...
  "cropping3d.shape.generic-tensor@sequential-add": ["false-error"],
  // declare const v: number[]; const i = input({ shape: [...v, 3] }); const l = cropping3d({}); const o = l(i);
  // false-error: every run succeeds ([6,6,6,3], [7,7,7,3]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 3] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 3]'...
  "cropping3d.shape.spread@functional": ["false-error"],
  // declare const v: any; const i = input({ shape: [3] }); const l = dense({ units: 4, inputShape: v }); const o = pipe(i, l);
  // false-error: every run succeeds ([3]), the compiler says [apply] TS2345 Argument of type 'Dense<{ units: 4; batchInputShape: [null, ...any[]]; }>' is not assignable to parameter of type '(a: SymbolicTensor<[null, 3]>) => SymbolicTensor<n...
  "dense.inputShape.any@pipe": ["false-error"],
  // declare const v: any; const i = input({ shape: v }); const l = dense({ units: 4 }); const o = pipe(i, l);
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "dense.shape.any@pipe": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return l(x); } const i = input({ shape: [] }); const l = dense({ units: 4 }); const o = f(i);
  // missed-error: the runtime throws at apply: "Dense needs an input of rank 2 or more, (batch, ..., features), but got (None,) of rank 1. Fix: give the input a feature axis: input({ shape: [3] }) makes (None, 3)."; the compiler says nothing
  // any-or-never: o: SymbolicTensor<never>
  "dense.shape.generic-tensor-bad@functional": ["missed-error", "any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential().add(x).add(l); } const i = input({ shape: [3] }); const l = dense({ units: 4 }); const s = f(i);
  // false-error: every run succeeds ([3]), the compiler says [apply] TS2345 Argument of type 'Dense<4>' is not assignable to parameter of type 'Checked<[S] extends [undefined] ? S extends readonly [] ? [undefined, [Dense<4>], 0] : [undefined...
  "dense.shape.generic-tensor@sequential-add": ["false-error"],
  // declare const v: number[]; const i = input({ shape: [...v, 5] }); const l = dense({ units: 4 }); const o = l(i);
  // false-error: every run succeeds ([4,5]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 5] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 5]'. Source provid...
  "dense.shape.spread@functional": ["false-error"],
  // declare const v: any; const i = input({ shape: [3] }); const l = dense({ units: v }); const s = sequential({ layers: [i, l] });
  // false-error: every run succeeds (4, 2), the compiler says [apply] TS2322 Type '(Dense<any> | SymbolicTensor<[null, 3]>)[]' is not assignable to type '"Sequential layer 1: Dense: the layer was declared with batch input shape (), but is ca...
  "dense.units.any@sequential-layers": ["false-error"],
  // declare const v: false | true; const i = input({ shape: [3] }); const l = dense({ units: 4, useBias: v }); const s = sequential({ layers: [i, l] });
  // wrong-count: c is 16, the runtime gives 12
  "dense.useBias.union@sequential-layers": ["wrong-count"],
  // declare const v: boolean; const i = input({ shape: [3] }); const l = dense({ units: 4, useBias: v }); const s = sequential({ layers: [i, l] });
  // wrong-count: c is 16, the runtime gives 12
  "dense.useBias.wide@sequential-layers": ["wrong-count"],
  // declare const v: any; const i = input({ shape: [8, 3] }); const l = depthwiseConv1d({ kernelSize: 3, dataFormat: v }); const s = sequential().add(i).add(l);
  // wrong-shape: o is [null, 8, 1], the runtime gives [null,6,3]
  // wrong-count: c is 32, the runtime gives 12
  "depthwiseConv1d.dataFormat.any@sequential-add": ["wrong-shape", "wrong-count"],
  // declare const v: "channelsFirst" | "channelsLast"; const i = input({ shape: [8, 3] }); const l = depthwiseConv1d({ kernelSize: 3, dataFormat: v }); const o = pipe(i, l);
  // wrong-shape: o is SymbolicTensor<[null, 6, 3]>, the runtime gives [null,8,1]
  "depthwiseConv1d.dataFormat.union@pipe": ["wrong-shape"],
  // declare const v: DataFormat; const i = input({ shape: [8, 3] }); const l = depthwiseConv1d({ kernelSize: 3, dataFormat: v }); const o = pipe(i, l);
  // wrong-shape: o is SymbolicTensor<[null, 6, 3]>, the runtime gives [null,8,1]
  "depthwiseConv1d.dataFormat.wide@pipe": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: [8, 3] }); const l = depthwiseConv1d({ kernelSize: 3, dilationRate: v }); const s = sequential({ layers: [i, l] });
  // wrong-shape: o is [null, 6, 3], the runtime gives [null,4,3]
  "depthwiseConv1d.dilationRate.any@sequential-layers": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: [8, 3] }); const l = depthwiseConv1d({ kernelSize: 3, inputShape: v }); const o = l(i);
  // false-error: every run succeeds ([8,3]), the compiler says [apply] TS2345 Argument of type 'SymbolicTensor<[null, 8, 3]>' is not assignable to parameter of type '"DepthwiseConv1D: the layer was declared with batch input shape (None), but...
  "depthwiseConv1d.inputShape.any@functional": ["false-error"],
  // declare const v: any; const i = input({ shape: [8, 3] }); const l = depthwiseConv1d({ kernelSize: 3, padding: v }); const s = sequential().add(i).add(l);
  // wrong-shape: o is [null, 8, 3], the runtime gives [null,6,3]
  "depthwiseConv1d.padding.any@sequential-add": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: v }); const l = depthwiseConv1d({ kernelSize: 3 }); const s = sequential().add(i).add(l);
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "depthwiseConv1d.shape.any@sequential-add": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return pipe(x, l); } const i = input({ shape: [3] }); const l = depthwiseConv1d({ kernelSize: 3 }); const o = f(i);
  // missed-error: the runtime throws at apply: "DepthwiseConv1D needs an input of rank 3, (batch, steps, features) with channelsLast, or (batch, features, steps) with channelsFirst, but got (None, 3) of rank 2. Fix: give the input that layou...
  // any-or-never: o: SymbolicTensor<never>
  "depthwiseConv1d.shape.generic-tensor-bad@pipe": ["missed-error", "any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential({ layers: [x, l] }); } const i = input({ shape: [8, 3] }); const l = depthwiseConv1d({ kernelSize: 3 }); const s = f(i);
  // false-error: every run succeeds ([8,3]), the compiler says [apply] TS2345 Argument of type '{ layers: [SymbolicTensor<S>, DepthwiseConv1D<{ kernelSize: 3; }>]; }' is not assignable to parameter of type 'CheckedOptions<[[toModel<step<[S, ...
  "depthwiseConv1d.shape.generic-tensor@sequential-layers": ["false-error"],
  // declare const v: number[]; const i = input({ shape: [...v, 3] }); const l = depthwiseConv1d({ kernelSize: 3 }); const o = pipe(i, l);
  // false-error: every run succeeds ([8,3], [6,3]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 3] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 3]'. Source...
  "depthwiseConv1d.shape.spread@pipe": ["false-error"],
  // declare const v: any; const i = input({ shape: [8, 3] }); const l = depthwiseConv1d({ kernelSize: 3, strides: v }); const s = sequential({ layers: [i, l] });
  // wrong-shape: o is [null, 6, 3], the runtime gives [null,3,3]
  "depthwiseConv1d.strides.any@sequential-layers": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: [8, 3] }); const l = depthwiseConv1d({ kernelSize: 3, useBias: v }); const s = sequential({ layers: [i, l] });
  // wrong-count: c is 9, the runtime gives 12
  "depthwiseConv1d.useBias.any@sequential-layers": ["wrong-count"],
  // declare const v: boolean; const i = input({ shape: [8, 3] }); const l = depthwiseConv1d({ kernelSize: 3, useBias: v }); const s = sequential().add(i).add(l);
  // wrong-count: c is 12, the runtime gives 9
  "depthwiseConv1d.useBias.wide@sequential-add": ["wrong-count"],
  // declare const v: any; const i = input({ shape: [8, 8, 3] }); const l = depthwiseConv2d({ kernelSize: 3, dataFormat: v }); const o = pipe(i, l);
  // wrong-shape: o is SymbolicTensor<[null, 8, 6, 1]>, the runtime gives [null,6,6,3]
  "depthwiseConv2d.dataFormat.any@pipe": ["wrong-shape"],
  // declare const v: "channelsFirst" | "channelsLast"; const i = input({ shape: [8, 8, 3] }); const l = depthwiseConv2d({ kernelSize: 3, dataFormat: v }); const s = sequential().add(i).add(l);
  // wrong-shape: o is [null, 6, 6, 3], the runtime gives [null,8,6,1]
  // wrong-count: c is 30, the runtime gives 80
  "depthwiseConv2d.dataFormat.union@sequential-add": ["wrong-shape", "wrong-count"],
  // declare const v: DataFormat; const i = input({ shape: [8, 8, 3] }); const l = depthwiseConv2d({ kernelSize: 3, dataFormat: v }); const o = l(i);
  // wrong-shape: o is SymbolicTensor<[null, 6, 6, 3]>, the runtime gives [null,8,6,1]
  "depthwiseConv2d.dataFormat.wide@functional": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: [8, 8, 3] }); const l = depthwiseConv2d({ kernelSize: 3, dilationRate: v }); const o = l(i);
  // wrong-shape: o is SymbolicTensor<[null, 6, 6, 3]>, the runtime gives [null,4,4,3]
  "depthwiseConv2d.dilationRate.any@functional": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: [8, 8, 3] }); const l = depthwiseConv2d({ kernelSize: 3, inputShape: v }); const s = sequential({ layers: [i, l] });
  // false-error: every run succeeds ([8,8,3]), the compiler says [apply] TS2322 Type '(DepthwiseConv2D<{ batchInputShape: [null, ...any[]]; kernelSize: 3; }> | SymbolicTensor<[null, 8, 8, 3]>)[]' is not assignable to type '"Sequential layer ...
  "depthwiseConv2d.inputShape.any@sequential-layers": ["false-error"],
  // declare const v: any; const i = input({ shape: [8, 8, 3] }); const l = depthwiseConv2d({ kernelSize: 3, padding: v }); const s = sequential({ layers: [i, l] });
  // wrong-shape: o is [null, 8, 8, 3], the runtime gives [null,6,6,3]
  "depthwiseConv2d.padding.any@sequential-layers": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: v }); const l = depthwiseConv2d({ kernelSize: 3 }); const s = sequential({ layers: [i, l] });
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "depthwiseConv2d.shape.any@sequential-layers": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential().add(x).add(l); } const i = input({ shape: [8, 3] }); const l = depthwiseConv2d({ kernelSize: 3 }); const s = f(i);
  // wrong-message: the runtime throws at apply: "DepthwiseConv2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 8, 3) of rank 3. Fix: give the in...
  "depthwiseConv2d.shape.generic-tensor-bad@sequential-add": ["wrong-message"],
  // declare const v: number[]; const i = input({ shape: [...v, 3] }); const l = depthwiseConv2d({ kernelSize: 3 }); const s = sequential().add(i).add(l);
  // false-error: every run succeeds ([8,8,3], [6,6,3]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 3] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 3]'. So...
  "depthwiseConv2d.shape.spread@sequential-add": ["false-error"],
  // declare const v: number[]; const i = input({ shape: v }); const l = depthwiseConv2d({ kernelSize: 3 }); const s = sequential().add(i).add(l);
  // any-or-never: c: never
  "depthwiseConv2d.shape.wide@sequential-add": ["any-or-never"],
  // declare const v: any; const i = input({ shape: [8, 8, 3] }); const l = depthwiseConv2d({ kernelSize: 3, strides: v }); const s = sequential().add(i).add(l);
  // wrong-shape: o is [null, 6, 6, 3], the runtime gives [null,3,3,3]
  "depthwiseConv2d.strides.any@sequential-add": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: [8, 8, 3] }); const l = depthwiseConv2d({ kernelSize: 3, useBias: v }); const s = sequential().add(i).add(l);
  // wrong-count: c is 27, the runtime gives 30
  "depthwiseConv2d.useBias.any@sequential-add": ["wrong-count"],
  // declare const v: any; const i = input({ shape: v }); const l = dropout({ rate: 0.5 }); const o = pipe(i, l);
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "dropout.shape.any@pipe": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential().add(x).add(l); } const i = input({ shape: [3] }); const l = dropout({ rate: 0.5 }); const s = f(i);
  // false-error: every run succeeds ([3]), the compiler says [apply] TS2345 Argument of type 'Dropout' is not assignable to parameter of type 'Checked<[S] extends [undefined] ? S extends readonly [] ? [undefined, [Dropout], 0] : [undefined, ...
  "dropout.shape.generic-tensor@sequential-add": ["false-error"],
  // declare const v: number[]; const i = input({ shape: [...v, 3] }); const l = dropout({ rate: 0.5 }); const o = l(i);
  // false-error: every run succeeds ([3]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 3] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 3]'. Source provides...
  "dropout.shape.spread@functional": ["false-error"],
  // declare const v: any; const i = input({ shape: [4, 3] }); const l = flatten({ inputShape: v }); const o = l(i);
  // false-error: every run succeeds ([4,3]), the compiler says [apply] TS2345 Argument of type 'SymbolicTensor<[null, 4, 3]>' is not assignable to parameter of type '"Flatten: the layer was declared with batch input shape (None), but is call...
  "flatten.inputShape.any@functional": ["false-error"],
  // declare const v: any; const i = input({ shape: v }); const l = flatten({}); const s = sequential().add(i).add(l);
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "flatten.shape.any@sequential-add": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential({ layers: [x, l] }); } const i = input({ shape: [2, 2, 2] }); const l = flatten({}); const s = f(i);
  // false-error: every run succeeds ([2,2,2]), the compiler says [apply] TS2345 Argument of type '{ layers: [SymbolicTensor<S>, Flatten<{}>]; }' is not assignable to parameter of type 'CheckedOptions<[[toModel<step<[S, S, 0], Flatten<{}>, [u...
  "flatten.shape.generic-tensor@sequential-layers": ["false-error"],
  // declare const v: number[]; const i = input({ shape: [...v, 2] }); const l = flatten({}); const o = pipe(i, l);
  // false-error: every run succeeds ([2,2,2]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 2] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 2]'. Source prov...
  "flatten.shape.spread@pipe": ["false-error"],
  // declare const v: any; const i = input({ shape: [4, 3] }); const l = globalAveragePooling1d({ inputShape: v }); const o = pipe(i, l);
  // false-error: every run succeeds ([4,3]), the compiler says [apply] TS2345 Argument of type 'GlobalAveragePooling1D<{ inputShape: any; }>' is not assignable to parameter of type '(a: SymbolicTensor<[null, 4, 3]>) => SymbolicTensor<never>'...
  "globalAveragePooling1d.inputShape.any@pipe": ["false-error"],
  // declare const v: any; const i = input({ shape: v }); const l = globalAveragePooling1d({}); const o = pipe(i, l);
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "globalAveragePooling1d.shape.any@pipe": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return l(x); } const i = input({ shape: [4] }); const l = globalAveragePooling1d({}); const o = f(i);
  // missed-error: the runtime throws at apply: "GlobalAveragePooling1D needs an input of rank 3, (batch, steps, features) with channelsLast, or (batch, features, steps) with channelsFirst, but got (None, 4) of rank 2. Fix: give the input tha...
  // any-or-never: o: SymbolicTensor<never>
  "globalAveragePooling1d.shape.generic-tensor-bad@functional": ["missed-error", "any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential().add(x).add(l); } const i = input({ shape: [4, 3] }); const l = globalAveragePooling1d({}); const s = f(i);
  // false-error: every run succeeds ([4,3]), the compiler says [apply] TS2345 Argument of type 'GlobalAveragePooling1D<{}>' is not assignable to parameter of type 'Checked<[S] extends [undefined] ? S extends readonly [] ? [undefined, [Global...
  "globalAveragePooling1d.shape.generic-tensor@sequential-add": ["false-error"],
  // declare const v: number[]; const i = input({ shape: [...v, 3] }); const l = globalAveragePooling1d({}); const o = l(i);
  // false-error: every run succeeds ([4,3]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 3] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 3]'. Source provid...
  "globalAveragePooling1d.shape.spread@functional": ["false-error"],
  // declare const v: any; const i = input({ shape: [4, 4, 3] }); const l = globalAveragePooling2d({ inputShape: v }); const s = sequential().add(i).add(l);
  // false-error: every run succeeds ([4,4,3]), the compiler says [apply] TS2345 Argument of type 'GlobalAveragePooling2D<{ inputShape: any; }>' is not assignable to parameter of type '"GlobalAveragePooling2D: the layer was declared with batc...
  "globalAveragePooling2d.inputShape.any@sequential-add": ["false-error"],
  // declare const v: any; const i = input({ shape: v }); const l = globalAveragePooling2d({}); const o = l(i);
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "globalAveragePooling2d.shape.any@functional": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential({ layers: [x, l] }); } const i = input({ shape: [4] }); const l = globalAveragePooling2d({}); const s = f(i);
  // wrong-message: the runtime throws at apply: "Sequential layer 1: GlobalAveragePooling2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 4) of ...
  "globalAveragePooling2d.shape.generic-tensor-bad@sequential-layers": ["wrong-message"],
  // declare const v: number[]; const i = input({ shape: [...v, 3] }); const l = globalAveragePooling2d({}); const s = sequential({ layers: [i, l] });
  // false-error: every run succeeds ([4,4,3]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 3] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 3]'. Source prov...
  "globalAveragePooling2d.shape.spread@sequential-layers": ["false-error"],
  // declare const v: any; const i = input({ shape: [4, 4, 4, 3] }); const l = globalAveragePooling3d({ inputShape: v }); const s = sequential({ layers: [i, l] });
  // false-error: every run succeeds ([4,4,4,3]), the compiler says [apply] TS2322 Type '(GlobalAveragePooling3D<{ inputShape: any; }> | SymbolicTensor<[null, 4, 4, 4, 3]>)[]' is not assignable to type '"Sequential layer 1: GlobalAveragePooli...
  "globalAveragePooling3d.inputShape.any@sequential-layers": ["false-error"],
  // declare const v: any; const i = input({ shape: v }); const l = globalAveragePooling3d({}); const s = sequential({ layers: [i, l] });
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "globalAveragePooling3d.shape.any@sequential-layers": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential().add(x).add(l); } const i = input({ shape: [4] }); const l = globalAveragePooling3d({}); const s = f(i);
  // wrong-message: the runtime throws at apply: "GlobalAveragePooling3D needs an input of rank 5, (batch, dim1, dim2, dim3, channels) with channelsLast, or (batch, channels, dim1, dim2, dim3) with channelsFirst, but got (None, 4) of rank 2. ...
  "globalAveragePooling3d.shape.generic-tensor-bad@sequential-add": ["wrong-message"],
  // declare const v: number[]; const i = input({ shape: [...v, 3] }); const l = globalAveragePooling3d({}); const s = sequential().add(i).add(l);
  // false-error: every run succeeds ([4,4,4,3]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 3] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 3]'. Source pr...
  "globalAveragePooling3d.shape.spread@sequential-add": ["false-error"],
  // declare const v: any; const i = input({ shape: [4, 3] }); const l = globalMaxPooling1d({ inputShape: v }); const s = sequential().add(i).add(l);
  // false-error: every run succeeds ([4,3]), the compiler says [apply] TS2345 Argument of type 'GlobalMaxPooling1D<{ inputShape: any; }>' is not assignable to parameter of type '"GlobalMaxPooling1D: the layer was declared with batch input sh...
  "globalMaxPooling1d.inputShape.any@sequential-add": ["false-error"],
  // declare const v: any; const i = input({ shape: v }); const l = globalMaxPooling1d({}); const o = l(i);
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "globalMaxPooling1d.shape.any@functional": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential({ layers: [x, l] }); } const i = input({ shape: [4] }); const l = globalMaxPooling1d({}); const s = f(i);
  // wrong-message: the runtime throws at apply: "Sequential layer 1: GlobalMaxPooling1D needs an input of rank 3, (batch, steps, features) with channelsLast, or (batch, features, steps) with channelsFirst, but got (None, 4) of rank 2. Fix: g...
  "globalMaxPooling1d.shape.generic-tensor-bad@sequential-layers": ["wrong-message"],
  // declare const v: number[]; const i = input({ shape: [...v, 5] }); const l = globalMaxPooling1d({}); const s = sequential({ layers: [i, l] });
  // false-error: every run succeeds ([2,5]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 5] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 5]'. Source provid...
  "globalMaxPooling1d.shape.spread@sequential-layers": ["false-error"],
  // declare const v: any; const i = input({ shape: [4, 4, 3] }); const l = globalMaxPooling2d({ inputShape: v }); const o = pipe(i, l);
  // false-error: every run succeeds ([4,4,3]), the compiler says [apply] TS2345 Argument of type 'GlobalMaxPooling2D<{ inputShape: any; }>' is not assignable to parameter of type '(a: SymbolicTensor<[null, 4, 4, 3]>) => SymbolicTensor<never>...
  "globalMaxPooling2d.inputShape.any@pipe": ["false-error"],
  // declare const v: any; const i = input({ shape: v }); const l = globalMaxPooling2d({}); const o = pipe(i, l);
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "globalMaxPooling2d.shape.any@pipe": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return l(x); } const i = input({ shape: [4] }); const l = globalMaxPooling2d({}); const o = f(i);
  // missed-error: the runtime throws at apply: "GlobalMaxPooling2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 4) of rank 2. Fix: give the inp...
  // any-or-never: o: SymbolicTensor<never>
  "globalMaxPooling2d.shape.generic-tensor-bad@functional": ["missed-error", "any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential().add(x).add(l); } const i = input({ shape: [4, 4, 3] }); const l = globalMaxPooling2d({}); const s = f(i);
  // false-error: every run succeeds ([4,4,3]), the compiler says [apply] TS2345 Argument of type 'GlobalMaxPooling2D<{}>' is not assignable to parameter of type 'Checked<[S] extends [undefined] ? S extends readonly [] ? [undefined, [GlobalMa...
  "globalMaxPooling2d.shape.generic-tensor@sequential-add": ["false-error"],
  // declare const v: number[]; const i = input({ shape: [...v, 3] }); const l = globalMaxPooling2d({}); const o = l(i);
  // false-error: every run succeeds ([4,4,3]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 3] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 3]'. Source prov...
  "globalMaxPooling2d.shape.spread@functional": ["false-error"],
  // declare const v: any; const i = input({ shape: [4, 4, 4, 3] }); const l = globalMaxPooling3d({ inputShape: v }); const o = l(i);
  // false-error: every run succeeds ([4,4,4,3]), the compiler says [apply] TS2345 Argument of type 'SymbolicTensor<[null, 4, 4, 4, 3]>' is not assignable to parameter of type '"GlobalMaxPooling3D: the layer was declared with batch input shap...
  "globalMaxPooling3d.inputShape.any@functional": ["false-error"],
  // declare const v: any; const i = input({ shape: v }); const l = globalMaxPooling3d({}); const s = sequential().add(i).add(l);
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "globalMaxPooling3d.shape.any@sequential-add": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return pipe(x, l); } const i = input({ shape: [4] }); const l = globalMaxPooling3d({}); const o = f(i);
  // missed-error: the runtime throws at apply: "GlobalMaxPooling3D needs an input of rank 5, (batch, dim1, dim2, dim3, channels) with channelsLast, or (batch, channels, dim1, dim2, dim3) with channelsFirst, but got (None, 4) of rank 2. Fix: ...
  // any-or-never: o: SymbolicTensor<never>
  "globalMaxPooling3d.shape.generic-tensor-bad@pipe": ["missed-error", "any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential({ layers: [x, l] }); } const i = input({ shape: [4, 4, 4, 3] }); const l = globalMaxPooling3d({}); const s = f(i);
  // false-error: every run succeeds ([4,4,4,3]), the compiler says [apply] TS2345 Argument of type '{ layers: [SymbolicTensor<S>, GlobalMaxPooling3D<{}>]; }' is not assignable to parameter of type 'CheckedOptions<[[toModel<step<[S, S, 0], Gl...
  "globalMaxPooling3d.shape.generic-tensor@sequential-layers": ["false-error"],
  // declare const v: number[]; const i = input({ shape: [...v, 3] }); const l = globalMaxPooling3d({}); const o = pipe(i, l);
  // false-error: every run succeeds ([4,4,4,3]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 3] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 3]'. Source pr...
  "globalMaxPooling3d.shape.spread@pipe": ["false-error"],
  // declare const v: any; const i = input({ shape: [3], batchSize: v }); const l = dense({ units: 2 }); const o = l(i);
  // any-or-never: i: SymbolicTensor<[any, 3]>
  "input.batchSize.any@functional": ["any-or-never"],
  // declare const v: any; const i = input({ shape: v }); const l = dense({ units: 2 }); const o = l(i);
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "input.shape.any@functional": ["any-or-never"],
  // declare const v: number[]; const i = input({ shape: [...v, 3] }); const l = dense({ units: 2 }); const s = sequential({ layers: [i, l] });
  // false-error: every run succeeds ([3]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 3] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 3]'. Source provides...
  "input.shape.spread@sequential-layers": ["false-error"],
  // declare const v: number[]; const i = input({ shape: v }); const l = dense({ units: 2 }); const s = sequential({ layers: [i, l] });
  // any-or-never: c: never
  "input.shape.wide@sequential-layers": ["any-or-never"],
  // declare const v: any; const i = input({ shape: [4, 3] }); const l = layerNormalization({ axis: v }); const s = sequential().add(i).add(l);
  // wrong-count: c is 6, the runtime gives 8
  "layerNormalization.axis.any@sequential-add": ["wrong-count"],
  // declare const v: [-2, -1] | 3; const i = input({ shape: [4, 3] }); const l = layerNormalization({ axis: v }); const s = sequential({ layers: [i, l] });
  // wrong-count: c is 0, the runtime gives 24
  "layerNormalization.axis.union-bad@sequential-layers": ["wrong-count"],
  // declare const v: any; const i = input({ shape: [4, 3] }); const l = layerNormalization({ center: v }); const s = sequential().add(i).add(l);
  // wrong-count: c is 3, the runtime gives 6
  "layerNormalization.center.any@sequential-add": ["wrong-count"],
  // declare const v: any; const i = input({ shape: [4, 3] }); const l = layerNormalization({ inputShape: v }); const s = sequential().add(i).add(l);
  // false-error: every run succeeds ([4,3]), the compiler says [apply] TS2345 Argument of type 'LayerNormalization<{ inputShape: any; }>' is not assignable to parameter of type '"LayerNormalization: the layer was declared with batch input sh...
  "layerNormalization.inputShape.any@sequential-add": ["false-error"],
  // declare const v: true | false; const i = input({ shape: [4, 3] }); const l = layerNormalization({ rmsScaling: v }); const s = sequential({ layers: [i, l] });
  // wrong-count: c is 6, the runtime gives 3
  "layerNormalization.rmsScaling.union@sequential-layers": ["wrong-count"],
  // declare const v: boolean; const i = input({ shape: [4, 3] }); const l = layerNormalization({ rmsScaling: v }); const s = sequential({ layers: [i, l] });
  // wrong-count: c is 6, the runtime gives 3
  "layerNormalization.rmsScaling.wide@sequential-layers": ["wrong-count"],
  // declare const v: true | false; const i = input({ shape: [4, 3] }); const l = layerNormalization({ scale: v }); const s = sequential().add(i).add(l);
  // wrong-count: c is 6, the runtime gives 3
  "layerNormalization.scale.union@sequential-add": ["wrong-count"],
  // declare const v: any; const i = input({ shape: v }); const l = layerNormalization({}); const o = l(i);
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "layerNormalization.shape.any@functional": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential({ layers: [x, l] }); } const i = input({ shape: [4, null] }); const l = layerNormalization({}); const s = f(i);
  // wrong-message: the runtime throws at apply: "Sequential layer 1: LayerNormalization needs axis -1 of its input defined, since its weights are sized by it, but got (None, 4, None). Fix: give that axis a size in the input shape; only other...
  "layerNormalization.shape.generic-tensor-bad@sequential-layers": ["wrong-message"],
  // declare const v: number[]; const i = input({ shape: [...v, 3] }); const l = layerNormalization({}); const s = sequential({ layers: [i, l] });
  // false-error: every run succeeds ([4,3]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 3] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 3]'. Source provid...
  "layerNormalization.shape.spread@sequential-layers": ["false-error"],
  // declare const v: any; const i = input({ shape: [8, 3] }); const l = maxPooling1d({ inputShape: v }); const o = pipe(i, l);
  // false-error: every run succeeds ([8,3]), the compiler says [apply] TS2345 Argument of type 'MaxPooling1D<{ inputShape: any; }>' is not assignable to parameter of type '(a: SymbolicTensor<[null, 8, 3]>) => SymbolicTensor<never>'. Types of...
  "maxPooling1d.inputShape.any@pipe": ["false-error"],
  // declare const v: any; const i = input({ shape: v }); const l = maxPooling1d({}); const o = pipe(i, l);
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "maxPooling1d.shape.any@pipe": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return l(x); } const i = input({ shape: [3] }); const l = maxPooling1d({}); const o = f(i);
  // missed-error: the runtime throws at apply: "MaxPooling1D needs an input of rank 3, (batch, steps, features) with channelsLast, or (batch, features, steps) with channelsFirst, but got (None, 3) of rank 2. Fix: give the input that layout, ...
  // any-or-never: o: SymbolicTensor<never>
  "maxPooling1d.shape.generic-tensor-bad@functional": ["missed-error", "any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential().add(x).add(l); } const i = input({ shape: [8, 3] }); const l = maxPooling1d({}); const s = f(i);
  // false-error: every run succeeds ([8,3]), the compiler says [apply] TS2345 Argument of type 'MaxPooling1D<{}>' is not assignable to parameter of type 'Checked<[S] extends [undefined] ? S extends readonly [] ? [undefined, [MaxPooling1D<{}>...
  "maxPooling1d.shape.generic-tensor@sequential-add": ["false-error"],
  // declare const v: number[]; const i = input({ shape: [...v, 3] }); const l = maxPooling1d({}); const o = l(i);
  // false-error: every run succeeds ([8,3], [6,3]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 3] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 3]'. Source...
  "maxPooling1d.shape.spread@functional": ["false-error"],
  // declare const v: any; const i = input({ shape: [8, 3] }); const l = maxPooling1d({ strides: v }); const o = l(i);
  // wrong-shape: o is SymbolicTensor<[null, 7, 3]>, the runtime gives [null,4,3]
  "maxPooling1d.strides.any@functional": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: [8, 8, 3] }); const l = maxPooling2d({ inputShape: v }); const s = sequential().add(i).add(l);
  // false-error: every run succeeds ([8,8,3]), the compiler says [apply] TS2345 Argument of type 'MaxPooling2D<{ inputShape: any; }>' is not assignable to parameter of type '"MaxPooling2D: the layer was declared with batch input shape (None)...
  "maxPooling2d.inputShape.any@sequential-add": ["false-error"],
  // declare const v: any; const i = input({ shape: v }); const l = maxPooling2d({}); const o = l(i);
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "maxPooling2d.shape.any@functional": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential({ layers: [x, l] }); } const i = input({ shape: [8, 3] }); const l = maxPooling2d({}); const s = f(i);
  // wrong-message: the runtime throws at apply: "Sequential layer 1: MaxPooling2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 8, 3) of rank 3....
  "maxPooling2d.shape.generic-tensor-bad@sequential-layers": ["wrong-message"],
  // declare const v: number[]; const i = input({ shape: [...v, 3] }); const l = maxPooling2d({}); const s = sequential({ layers: [i, l] });
  // false-error: every run succeeds ([8,8,3], [6,6,3]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 3] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 3]'. So...
  "maxPooling2d.shape.spread@sequential-layers": ["false-error"],
  // declare const v: any; const i = input({ shape: [8, 8, 3] }); const l = maxPooling2d({ strides: v }); const o = pipe(i, l);
  // wrong-shape: o is SymbolicTensor<[null, 7, 7, 3]>, the runtime gives [null,4,4,3]
  "maxPooling2d.strides.any@pipe": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: [6, 6, 6, 3] }); const l = maxPooling3d({ inputShape: v }); const s = sequential({ layers: [i, l] });
  // false-error: every run succeeds ([6,6,6,3]), the compiler says [apply] TS2322 Type '(MaxPooling3D<{ inputShape: any; }> | SymbolicTensor<[null, 6, 6, 6, 3]>)[]' is not assignable to type '"Sequential layer 1: MaxPooling3D: the layer was ...
  "maxPooling3d.inputShape.any@sequential-layers": ["false-error"],
  // declare const v: any; const i = input({ shape: v }); const l = maxPooling3d({}); const s = sequential({ layers: [i, l] });
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "maxPooling3d.shape.any@sequential-layers": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential().add(x).add(l); } const i = input({ shape: [8, 8, 3] }); const l = maxPooling3d({}); const s = f(i);
  // wrong-message: the runtime throws at apply: "MaxPooling3D needs an input of rank 5, (batch, dim1, dim2, dim3, channels) with channelsLast, or (batch, channels, dim1, dim2, dim3) with channelsFirst, but got (None, 8, 8, 3) of rank 4. Fix:...
  "maxPooling3d.shape.generic-tensor-bad@sequential-add": ["wrong-message"],
  // declare const v: number[]; const i = input({ shape: [...v, 3] }); const l = maxPooling3d({}); const s = sequential().add(i).add(l);
  // false-error: every run succeeds ([6,6,6,3], [4,4,4,3]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 3] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 3]'...
  "maxPooling3d.shape.spread@sequential-add": ["false-error"],
  // declare const v: any; const i = input({ shape: [6, 6, 6, 3] }); const l = maxPooling3d({ strides: v }); const s = sequential().add(i).add(l);
  // wrong-shape: o is [null, 5, 5, 5, 3], the runtime gives [null,3,3,3,3]
  "maxPooling3d.strides.any@sequential-add": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: v }); const l = parallel([dense({ units: 4 }), dense({ units: 2 })], { axis: -1 }); const s = sequential({ layers: [i, l] });
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "parallel.shape.any@sequential-layers": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential().add(x).add(l); } const i = input({ shape: [] }); const l = parallel([dense({ units: 4 }), dense({ units: 2 })], { axis: -1 }); const s = f(i);
  // wrong-message: the runtime throws at apply: "Dense needs an input of rank 2 or more, (batch, ..., features), but got (None,) of rank 1. Fix: give the input a feature axis: input({ shape: [3] }) makes (None, 3)."; the compiler says [apply...
  "parallel.shape.generic-tensor-bad@sequential-add": ["wrong-message"],
  // declare const v: number[]; const i = input({ shape: [...v, 3] }); const l = parallel([dense({ units: 4 }), dense({ units: 2 })], { axis: -1 }); const s = sequential().add(i).add(l);
  // false-error: every run succeeds ([3], [2,3]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 3] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 3]'. Source p...
  "parallel.shape.spread@sequential-add": ["false-error"],
  // declare const v: number[]; const i = input({ shape: v }); const l = parallel([dense({ units: 4 }), dense({ units: 2 })], { axis: -1 }); const s = sequential().add(i).add(l);
  // any-or-never: c: never
  "parallel.shape.wide@sequential-add": ["any-or-never"],
  // declare const v: any; const i = input({ shape: [3] }); const l = parallel([dense({ units: v }), dense({ units: 2 })], { axis: -1 }); const o = pipe(i, l);
  // false-error: every run succeeds (4, 2), the compiler says [apply] TS2345 Argument of type 'Parallel<[Dense<any>, Dense<2>], -1>' is not assignable to parameter of type '(a: SymbolicTensor<[null, 3]>) => SymbolicTensor<never>'. Types of p...
  "parallel.units.any@pipe": ["false-error"],
  // declare const v: any; const i = input({ shape: [4, 3] }); const l = permute({ dims: [2, 1], inputShape: v }); const o = l(i);
  // false-error: every run succeeds ([4,3]), the compiler says [apply] TS2345 Argument of type 'SymbolicTensor<[null, 4, 3]>' is not assignable to parameter of type '"Permute: the layer was declared with batch input shape (None), but is call...
  "permute.inputShape.any@functional": ["false-error"],
  // declare const v: any; const i = input({ shape: v }); const l = permute({ dims: [2, 1] }); const s = sequential().add(i).add(l);
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "permute.shape.any@sequential-add": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return pipe(x, l); } const i = input({ shape: [4, 3, 2] }); const l = permute({ dims: [2, 1] }); const o = f(i);
  // missed-error: the runtime throws at apply: "Permute: dims [2, 1] orders 2 axes, so it needs an input of rank 3 (the batch axis and 2 more), but got (None, 4, 3, 2) of rank 4. Fix: give dims one entry for each axis after the batch axis.";...
  // any-or-never: o: SymbolicTensor<never>
  "permute.shape.generic-tensor-bad@pipe": ["missed-error", "any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential({ layers: [x, l] }); } const i = input({ shape: [4, 3] }); const l = permute({ dims: [2, 1] }); const s = f(i);
  // false-error: every run succeeds ([4,3]), the compiler says [apply] TS2345 Argument of type '{ layers: [SymbolicTensor<S>, Permute<{ dims: [2, 1]; }>]; }' is not assignable to parameter of type 'CheckedOptions<[[toModel<step<[S, S, 0], Pe...
  "permute.shape.generic-tensor@sequential-layers": ["false-error"],
  // declare const v: number[]; const i = input({ shape: [...v, 5] }); const l = permute({ dims: [2, 1] }); const o = pipe(i, l);
  // false-error: every run succeeds ([2,5]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 5] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 5]'. Source provid...
  "permute.shape.spread@pipe": ["false-error"],
  // const i = input({ shape: [4] }); const l = repeat(0, () => dense({ units: 4 })); const s = sequential({ layers: [i, l] }); const o = s.outputShape;
  // missed-error: the runtime throws at layer: "repeat: n must be a positive integer (how many copies to stack), but got 0. Fix: use e.g. n: 3."; the compiler says nothing
  "repeat.n.literal-bad@sequential-layers": ["missed-error"],
  // declare const v: any; const i = input({ shape: v }); const l = repeat(2, () => dense({ units: 4 })); const s = sequential({ layers: [i, l] });
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "repeat.shape.any@sequential-layers": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential().add(x).add(l); } const i = input({ shape: [] }); const l = repeat(2, () => dense({ units: 4 })); const s = f(i);
  // wrong-message: the runtime throws at apply: "Dense needs an input of rank 2 or more, (batch, ..., features), but got (None,) of rank 1. Fix: give the input a feature axis: input({ shape: [3] }) makes (None, 3)."; the compiler says [apply...
  "repeat.shape.generic-tensor-bad@sequential-add": ["wrong-message"],
  // declare const v: number[]; const i = input({ shape: [...v, 4] }); const l = repeat(2, () => dense({ units: 4 })); const s = sequential().add(i).add(l);
  // false-error: every run succeeds ([4], [2,4]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 4] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 4]'. Source p...
  "repeat.shape.spread@sequential-add": ["false-error"],
  // declare const v: number[]; const i = input({ shape: v }); const l = repeat(2, () => dense({ units: 4 })); const s = sequential().add(i).add(l);
  // any-or-never: c: never
  "repeat.shape.wide@sequential-add": ["any-or-never"],
  // declare const v: any; const i = input({ shape: [4] }); const l = repeat(2, () => dense({ units: v })); const o = pipe(i, l);
  // false-error: every run succeeds (4, 8), the compiler says [apply] TS2345 Argument of type 'Repeat<Dense<any>, 2>' is not assignable to parameter of type '(a: SymbolicTensor<[null, 4]>) => SymbolicTensor<never>'. Types of parameters 'x' a...
  "repeat.units.any@pipe": ["false-error"],
  // declare const v: any; const i = input({ shape: [4] }); const l = repeatVector({ n: 3, inputShape: v }); const o = l(i);
  // false-error: every run succeeds ([4]), the compiler says [apply] TS2345 Argument of type 'SymbolicTensor<[null, 4]>' is not assignable to parameter of type '"RepeatVector: the layer was declared with batch input shape (None), but is call...
  "repeatVector.inputShape.any@functional": ["false-error"],
  // declare const v: any; const i = input({ shape: [4] }); const l = repeatVector({ n: v }); const s = sequential({ layers: [i, l] });
  // any-or-never: o: [null, any, 4]
  "repeatVector.n.any@sequential-layers": ["any-or-never"],
  // declare const v: any; const i = input({ shape: v }); const l = repeatVector({ n: 3 }); const s = sequential().add(i).add(l);
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "repeatVector.shape.any@sequential-add": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return pipe(x, l); } const i = input({ shape: [4, 3] }); const l = repeatVector({ n: 3 }); const o = f(i);
  // missed-error: the runtime throws at apply: "RepeatVector needs an input of rank 2, (batch, features), but got (None, 4, 3) of rank 3. Fix: flatten() the input first, or give it one feature axis: input({ shape: [32] }) makes (None, 32).";...
  // any-or-never: o: SymbolicTensor<never>
  "repeatVector.shape.generic-tensor-bad@pipe": ["missed-error", "any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential({ layers: [x, l] }); } const i = input({ shape: [4] }); const l = repeatVector({ n: 3 }); const s = f(i);
  // false-error: every run succeeds ([4]), the compiler says [apply] TS2345 Argument of type '{ layers: [SymbolicTensor<S>, RepeatVector<{ n: 3; }>]; }' is not assignable to parameter of type 'CheckedOptions<[[toModel<step<[S, S, 0], RepeatV...
  "repeatVector.shape.generic-tensor@sequential-layers": ["false-error"],
  // declare const v: number[]; const i = input({ shape: [...v, 2] }); const l = repeatVector({ n: 3 }); const o = pipe(i, l);
  // false-error: every run succeeds ([2]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 2] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 2]'. Source provides...
  "repeatVector.shape.spread@pipe": ["false-error"],
  // declare const v: any; const i = input({ shape: [4, 3] }); const l = reshape({ targetShape: [12], inputShape: v }); const o = l(i);
  // false-error: every run succeeds ([4,3]), the compiler says [apply] TS2345 Argument of type 'SymbolicTensor<[null, 4, 3]>' is not assignable to parameter of type '"Reshape: the layer was declared with batch input shape (None), but is call...
  "reshape.inputShape.any@functional": ["false-error"],
  // declare const v: any; const i = input({ shape: v }); const l = reshape({ targetShape: [12] }); const s = sequential().add(i).add(l);
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "reshape.shape.any@sequential-add": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return pipe(x, l); } const i = input({ shape: [5] }); const l = reshape({ targetShape: [12] }); const o = f(i);
  // missed-error: the runtime throws at apply: "Reshape cannot keep the element count: the input (None, 5) has 5 elements a sample, but targetShape [12] holds 12. Fix: choose sizes whose product is 5, or write -1 for one of them to have it i...
  // any-or-never: o: SymbolicTensor<never>
  "reshape.shape.generic-tensor-bad@pipe": ["missed-error", "any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential({ layers: [x, l] }); } const i = input({ shape: [4, 3] }); const l = reshape({ targetShape: [12] }); const s = f(i);
  // false-error: every run succeeds ([4,3]), the compiler says [apply] TS2345 Argument of type '{ layers: [SymbolicTensor<S>, Reshape<{ targetShape: [12]; }>]; }' is not assignable to parameter of type 'CheckedOptions<[[toModel<step<[S, S, 0...
  "reshape.shape.generic-tensor@sequential-layers": ["false-error"],
  // declare const v: number[]; const i = input({ shape: [...v, 6] }); const l = reshape({ targetShape: [12] }); const o = pipe(i, l);
  // false-error: every run succeeds ([2,6]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 6] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 6]'. Source provid...
  "reshape.shape.spread@pipe": ["false-error"],
  // declare const v: any; const i = input({ shape: v }); const l = residual(dense({ units: 4 }), dense({ units: 4 })); const o = l(i);
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "residual-shortcut.shape.any@functional": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential({ layers: [x, l] }); } const i = input({ shape: [] }); const l = residual(dense({ units: 4 }), dense({ units: 4 })); const s = f(i);
  // wrong-message: the runtime throws at apply: "Sequential layer 1: Dense needs an input of rank 2 or more, (batch, ..., features), but got (None,) of rank 1. Fix: give the input a feature axis: input({ shape: [3] }) makes (None, 3)."; the ...
  "residual-shortcut.shape.generic-tensor-bad@sequential-layers": ["wrong-message"],
  // declare const v: number[]; const i = input({ shape: [...v, 3] }); const l = residual(dense({ units: 4 }), dense({ units: 4 })); const s = sequential({ layers: [i, l] });
  // false-error: every run succeeds ([3], [2,3]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 3] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 3]'. Source p...
  "residual-shortcut.shape.spread@sequential-layers": ["false-error"],
  // declare const v: number[]; const i = input({ shape: v }); const l = residual(dense({ units: 4 }), dense({ units: 4 })); const s = sequential({ layers: [i, l] });
  // any-or-never: c: never
  "residual-shortcut.shape.wide@sequential-layers": ["any-or-never"],
  // declare const v: any; const i = input({ shape: [3] }); const l = residual(dense({ units: 4 }), dense({ units: v })); const o = l(i);
  // false-error: every run succeeds (4, 1), the compiler says [apply] TS2345 Argument of type 'SymbolicTensor<[null, 3]>' is not assignable to parameter of type '"Dense: the layer was declared with batch input shape (), but is called on (Non...
  "residual-shortcut.shortcutUnits.any@functional": ["false-error"],
  // declare const v: any; const i = input({ shape: [3] }); const l = residual(dense({ units: v }), dense({ units: 4 })); const s = sequential().add(i).add(l);
  // false-error: every run succeeds (4, 1), the compiler says [apply] TS2345 Argument of type 'Residual<Dense<any>, Dense<4>>' is not assignable to parameter of type '"Dense: the layer was declared with batch input shape (), but is called on...
  "residual-shortcut.units.any@sequential-add": ["false-error"],
  // declare const v: any; const i = input({ shape: v }); const l = residual(dense({ units: 4 })); const s = sequential({ layers: [i, l] });
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "residual.shape.any@sequential-layers": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential().add(x).add(l); } const i = input({ shape: [3] }); const l = residual(dense({ units: 4 })); const s = f(i);
  // wrong-message: the runtime throws at apply: "Add needs inputs of the same shape (a size of 1 broadcasts), but input 1 is (None, 3) while input 0 is (None, 4): axis -1 is 4 vs 3. Fix: make every branch end in the same shape (for the last ...
  "residual.shape.generic-tensor-bad@sequential-add": ["wrong-message"],
  // declare const v: number[]; const i = input({ shape: [...v, 4] }); const l = residual(dense({ units: 4 })); const s = sequential().add(i).add(l);
  // false-error: every run succeeds ([4], [2,4]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 4] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 4]'. Source p...
  "residual.shape.spread@sequential-add": ["false-error"],
  // declare const v: number[]; const i = input({ shape: v }); const l = residual(dense({ units: 4 })); const s = sequential().add(i).add(l);
  // any-or-never: c: never
  "residual.shape.wide@sequential-add": ["any-or-never"],
  // declare const v: any; const i = input({ shape: [4] }); const l = residual(dense({ units: v })); const o = pipe(i, l);
  // false-error: every run succeeds (4), the compiler says [apply] TS2345 Argument of type 'Residual<Dense<any>, undefined>' is not assignable to parameter of type '(a: SymbolicTensor<[null, 4]>) => SymbolicTensor<never>'. Types of parameter...
  "residual.units.any@pipe": ["false-error"],
  // declare const v: any; const i = input({ shape: [8, 3] }); const l = separableConv1d({ filters: 2, kernelSize: 3, dataFormat: v }); const o = l(i);
  // wrong-shape: o is SymbolicTensor<[null, 2, 1]>, the runtime gives [null,6,2]
  "separableConv1d.dataFormat.any@functional": ["wrong-shape"],
  // declare const v: "channelsLast" | "channelsFirst"; const i = input({ shape: [8, 3] }); const l = separableConv1d({ filters: 2, kernelSize: 3, dataFormat: v }); const s = sequential({ layers: [i, l] });
  // wrong-shape: o is [null, 6, 2], the runtime gives [null,2,1]
  // wrong-count: c is 17, the runtime gives 42
  "separableConv1d.dataFormat.union@sequential-layers": ["wrong-shape", "wrong-count"],
  // declare const v: DataFormat; const i = input({ shape: [8, 3] }); const l = separableConv1d({ filters: 2, kernelSize: 3, dataFormat: v }); const s = sequential({ layers: [i, l] });
  // wrong-shape: o is [null, 6, 2], the runtime gives [null,2,1]
  // wrong-count: c is 17, the runtime gives 42
  "separableConv1d.dataFormat.wide@sequential-layers": ["wrong-shape", "wrong-count"],
  // declare const v: any; const i = input({ shape: [8, 3] }); const l = separableConv1d({ filters: 2, kernelSize: 3, dilationRate: v }); const o = pipe(i, l);
  // wrong-shape: o is SymbolicTensor<[null, 6, 2]>, the runtime gives [null,4,2]
  "separableConv1d.dilationRate.any@pipe": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: [8, 3] }); const l = separableConv1d({ filters: v, kernelSize: 3 }); const s = sequential().add(i).add(l);
  // any-or-never: o: [null, 6, any]
  "separableConv1d.filters.any@sequential-add": ["any-or-never"],
  // declare const v: any; const i = input({ shape: [8, 3] }); const l = separableConv1d({ filters: 2, kernelSize: 3, inputShape: v }); const s = sequential().add(i).add(l);
  // false-error: every run succeeds ([8,3]), the compiler says [apply] TS2345 Argument of type 'SeparableConv1D<{ batchInputShape: [null, ...any[]]; filters: 2; kernelSize: 3; }>' is not assignable to parameter of type '"SeparableConv1D: the...
  "separableConv1d.inputShape.any@sequential-add": ["false-error"],
  // declare const v: any; const i = input({ shape: [8, 3] }); const l = separableConv1d({ filters: 2, kernelSize: 3, padding: v }); const o = l(i);
  // wrong-shape: o is SymbolicTensor<[null, 8, 2]>, the runtime gives [null,6,2]
  "separableConv1d.padding.any@functional": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: v }); const l = separableConv1d({ filters: 2, kernelSize: 3 }); const o = l(i);
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "separableConv1d.shape.any@functional": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential({ layers: [x, l] }); } const i = input({ shape: [3] }); const l = separableConv1d({ filters: 2, kernelSize: 3 }); const s = f(i);
  // wrong-message: the runtime throws at apply: "Sequential layer 1: SeparableConv1D needs an input of rank 3, (batch, steps, features) with channelsLast, or (batch, features, steps) with channelsFirst, but got (None, 3) of rank 2. Fix: give...
  "separableConv1d.shape.generic-tensor-bad@sequential-layers": ["wrong-message"],
  // declare const v: number[]; const i = input({ shape: [...v, 3] }); const l = separableConv1d({ filters: 2, kernelSize: 3 }); const s = sequential({ layers: [i, l] });
  // false-error: every run succeeds ([8,3], [6,3]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 3] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 3]'. Source...
  "separableConv1d.shape.spread@sequential-layers": ["false-error"],
  // declare const v: number[]; const i = input({ shape: v }); const l = separableConv1d({ filters: 2, kernelSize: 3 }); const s = sequential({ layers: [i, l] });
  // any-or-never: c: never
  "separableConv1d.shape.wide@sequential-layers": ["any-or-never"],
  // declare const v: any; const i = input({ shape: [8, 3] }); const l = separableConv1d({ filters: 2, kernelSize: 3, strides: v }); const o = pipe(i, l);
  // wrong-shape: o is SymbolicTensor<[null, 6, 2]>, the runtime gives [null,3,2]
  "separableConv1d.strides.any@pipe": ["wrong-shape"],
  // declare const v: true | false; const i = input({ shape: [8, 3] }); const l = separableConv1d({ filters: 2, kernelSize: 3, useBias: v }); const s = sequential().add(i).add(l);
  // wrong-count: c is 17, the runtime gives 15
  "separableConv1d.useBias.union@sequential-add": ["wrong-count"],
  // declare const v: any; const i = input({ shape: [8, 8, 3] }); const l = separableConv2d({ filters: 2, kernelSize: 3, dataFormat: v }); const s = sequential({ layers: [i, l] });
  // wrong-shape: o is [null, 2, 6, 1], the runtime gives [null,6,6,2]
  // wrong-count: c is 90, the runtime gives 35
  "separableConv2d.dataFormat.any@sequential-layers": ["wrong-shape", "wrong-count"],
  // declare const v: "channelsFirst" | "channelsLast"; const i = input({ shape: [8, 8, 3] }); const l = separableConv2d({ filters: 2, kernelSize: 3, dataFormat: v }); const o = l(i);
  // wrong-shape: o is SymbolicTensor<[null, 6, 6, 2]>, the runtime gives [null,2,6,1]
  "separableConv2d.dataFormat.union@functional": ["wrong-shape"],
  // declare const v: DataFormat; const i = input({ shape: [8, 8, 3] }); const l = separableConv2d({ filters: 2, kernelSize: 3, dataFormat: v }); const s = sequential().add(i).add(l);
  // wrong-shape: o is [null, 6, 6, 2], the runtime gives [null,2,6,1]
  // wrong-count: c is 35, the runtime gives 90
  "separableConv2d.dataFormat.wide@sequential-add": ["wrong-shape", "wrong-count"],
  // declare const v: any; const i = input({ shape: [8, 8, 3] }); const l = separableConv2d({ filters: 2, kernelSize: 3, dilationRate: v }); const s = sequential().add(i).add(l);
  // wrong-shape: o is [null, 6, 6, 2], the runtime gives [null,4,4,2]
  "separableConv2d.dilationRate.any@sequential-add": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: [8, 8, 3] }); const l = separableConv2d({ filters: v, kernelSize: 3 }); const s = sequential({ layers: [i, l] });
  // any-or-never: o: [null, 6, 6, any]
  "separableConv2d.filters.any@sequential-layers": ["any-or-never"],
  // declare const v: any; const i = input({ shape: [8, 8, 3] }); const l = separableConv2d({ filters: 2, kernelSize: 3, inputShape: v }); const o = pipe(i, l);
  // false-error: every run succeeds ([8,8,3]), the compiler says [apply] TS2345 Argument of type 'SeparableConv2D<{ batchInputShape: [null, ...any[]]; filters: 2; kernelSize: 3; }>' is not assignable to parameter of type '(a: SymbolicTensor<...
  "separableConv2d.inputShape.any@pipe": ["false-error"],
  // declare const v: any; const i = input({ shape: [8, 8, 3] }); const l = separableConv2d({ filters: 2, kernelSize: 3, padding: v }); const o = pipe(i, l);
  // wrong-shape: o is SymbolicTensor<[null, 8, 8, 2]>, the runtime gives [null,6,6,2]
  "separableConv2d.padding.any@pipe": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: v }); const l = separableConv2d({ filters: 2, kernelSize: 3 }); const o = pipe(i, l);
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "separableConv2d.shape.any@pipe": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return l(x); } const i = input({ shape: [8, 3] }); const l = separableConv2d({ filters: 2, kernelSize: 3 }); const o = f(i);
  // missed-error: the runtime throws at apply: "SeparableConv2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 8, 3) of rank 3. Fix: give the inp...
  // any-or-never: o: SymbolicTensor<never>
  "separableConv2d.shape.generic-tensor-bad@functional": ["missed-error", "any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential().add(x).add(l); } const i = input({ shape: [8, 8, 3] }); const l = separableConv2d({ filters: 2, kernelSize: 3 }); const s = f(i);
  // false-error: every run succeeds ([8,8,3]), the compiler says [apply] TS2345 Argument of type 'SeparableConv2D<{ filters: 2; kernelSize: 3; }>' is not assignable to parameter of type 'Checked<[S] extends [undefined] ? S extends readonly [...
  "separableConv2d.shape.generic-tensor@sequential-add": ["false-error"],
  // declare const v: number[]; const i = input({ shape: [...v, 3] }); const l = separableConv2d({ filters: 2, kernelSize: 3 }); const o = l(i);
  // false-error: every run succeeds ([8,8,3], [6,6,3]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 3] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 3]'. So...
  "separableConv2d.shape.spread@functional": ["false-error"],
  // declare const v: any; const i = input({ shape: [8, 8, 3] }); const l = separableConv2d({ filters: 2, kernelSize: 3, strides: v }); const o = l(i);
  // wrong-shape: o is SymbolicTensor<[null, 6, 6, 2]>, the runtime gives [null,3,3,2]
  "separableConv2d.strides.any@functional": ["wrong-shape"],
  // declare const v: false | true; const i = input({ shape: [8, 8, 3] }); const l = separableConv2d({ filters: 2, kernelSize: 3, useBias: v }); const s = sequential({ layers: [i, l] });
  // wrong-count: c is 35, the runtime gives 33
  "separableConv2d.useBias.union@sequential-layers": ["wrong-count"],
  // declare const v: boolean; const i = input({ shape: [8, 8, 3] }); const l = separableConv2d({ filters: 2, kernelSize: 3, useBias: v }); const s = sequential({ layers: [i, l] });
  // wrong-count: c is 35, the runtime gives 33
  "separableConv2d.useBias.wide@sequential-layers": ["wrong-count"],
  // declare const v: any; const i = input({ shape: [4, 3] }); const l = upSampling1d({ inputShape: v }); const o = pipe(i, l);
  // false-error: every run succeeds ([4,3]), the compiler says [apply] TS2345 Argument of type 'UpSampling1D<{ inputShape: any; }>' is not assignable to parameter of type '(a: SymbolicTensor<[null, 4, 3]>) => SymbolicTensor<never>'. Types of...
  "upSampling1d.inputShape.any@pipe": ["false-error"],
  // declare const v: any; const i = input({ shape: v }); const l = upSampling1d({}); const o = pipe(i, l);
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "upSampling1d.shape.any@pipe": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return l(x); } const i = input({ shape: [8] }); const l = upSampling1d({}); const o = f(i);
  // missed-error: the runtime throws at apply: "UpSampling1D needs an input of rank 3, (batch, steps, features), but got (None, 8) of rank 2. Fix: give the input that layout, e.g. input({ shape: [100, 8] })."; the compiler says nothing
  // any-or-never: o: SymbolicTensor<never>
  "upSampling1d.shape.generic-tensor-bad@functional": ["missed-error", "any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential().add(x).add(l); } const i = input({ shape: [3, 2] }); const l = upSampling1d({}); const s = f(i);
  // false-error: every run succeeds ([3,2]), the compiler says [apply] TS2345 Argument of type 'UpSampling1D<{}>' is not assignable to parameter of type 'Checked<[S] extends [undefined] ? S extends readonly [] ? [undefined, [UpSampling1D<{}>...
  "upSampling1d.shape.generic-tensor@sequential-add": ["false-error"],
  // declare const v: number[]; const i = input({ shape: [...v, 3] }); const l = upSampling1d({}); const o = l(i);
  // false-error: every run succeeds ([4,3]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 3] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 3]'. Source provid...
  "upSampling1d.shape.spread@functional": ["false-error"],
  // declare const v: any; const i = input({ shape: [4, 4, 3] }); const l = upSampling2d({ dataFormat: v }); const o = l(i);
  // wrong-shape: o is SymbolicTensor<[null, 4, 8, 6]>, the runtime gives [null,8,8,3]
  "upSampling2d.dataFormat.any@functional": ["wrong-shape"],
  // declare const v: "channelsLast" | "channelsFirst"; const i = input({ shape: [4, 4, 3] }); const l = upSampling2d({ dataFormat: v }); const s = sequential({ layers: [i, l] });
  // wrong-shape: o is [null, 8, 8, 3], the runtime gives [null,4,8,6]
  "upSampling2d.dataFormat.union@sequential-layers": ["wrong-shape"],
  // declare const v: DataFormat; const i = input({ shape: [4, 4, 3] }); const l = upSampling2d({ dataFormat: v }); const s = sequential({ layers: [i, l] });
  // wrong-shape: o is [null, 8, 8, 3], the runtime gives [null,4,8,6]
  "upSampling2d.dataFormat.wide@sequential-layers": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: [4, 4, 3] }); const l = upSampling2d({ inputShape: v }); const s = sequential().add(i).add(l);
  // false-error: every run succeeds ([4,4,3]), the compiler says [apply] TS2345 Argument of type 'UpSampling2D<{ inputShape: any; }>' is not assignable to parameter of type '"UpSampling2D: the layer was declared with batch input shape (None)...
  "upSampling2d.inputShape.any@sequential-add": ["false-error"],
  // declare const v: any; const i = input({ shape: v }); const l = upSampling2d({}); const o = l(i);
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "upSampling2d.shape.any@functional": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential({ layers: [x, l] }); } const i = input({ shape: [8] }); const l = upSampling2d({}); const s = f(i);
  // wrong-message: the runtime throws at apply: "Sequential layer 1: UpSampling2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 8) of rank 2. Fi...
  "upSampling2d.shape.generic-tensor-bad@sequential-layers": ["wrong-message"],
  // declare const v: number[]; const i = input({ shape: [...v, 2] }); const l = upSampling2d({}); const s = sequential({ layers: [i, l] });
  // false-error: every run succeeds ([3,3,2]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 2] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 2]'. Source prov...
  "upSampling2d.shape.spread@sequential-layers": ["false-error"],
  // declare const v: any; const i = input({ shape: [4, 4, 4, 3] }); const l = upSampling3d({ dataFormat: v }); const o = pipe(i, l);
  // wrong-shape: o is SymbolicTensor<[null, 4, 8, 8, 6]>, the runtime gives [null,8,8,8,3]
  "upSampling3d.dataFormat.any@pipe": ["wrong-shape"],
  // declare const v: "channelsLast" | "channelsFirst"; const i = input({ shape: [4, 4, 4, 3] }); const l = upSampling3d({ dataFormat: v }); const s = sequential().add(i).add(l);
  // wrong-shape: o is [null, 8, 8, 8, 3], the runtime gives [null,4,8,8,6]
  "upSampling3d.dataFormat.union@sequential-add": ["wrong-shape"],
  // declare const v: DataFormat; const i = input({ shape: [4, 4, 4, 3] }); const l = upSampling3d({ dataFormat: v }); const o = l(i);
  // wrong-shape: o is SymbolicTensor<[null, 8, 8, 8, 3]>, the runtime gives [null,4,8,8,6]
  "upSampling3d.dataFormat.wide@functional": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: [4, 4, 4, 3] }); const l = upSampling3d({ inputShape: v }); const s = sequential({ layers: [i, l] });
  // false-error: every run succeeds ([4,4,4,3]), the compiler says [apply] TS2322 Type '(SymbolicTensor<[null, 4, 4, 4, 3]> | UpSampling3D<{ inputShape: any; }>)[]' is not assignable to type '"Sequential layer 1: UpSampling3D: the layer was ...
  "upSampling3d.inputShape.any@sequential-layers": ["false-error"],
  // declare const v: any; const i = input({ shape: v }); const l = upSampling3d({}); const s = sequential({ layers: [i, l] });
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "upSampling3d.shape.any@sequential-layers": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential().add(x).add(l); } const i = input({ shape: [8] }); const l = upSampling3d({}); const s = f(i);
  // wrong-message: the runtime throws at apply: "UpSampling3D needs an input of rank 5, (batch, dim1, dim2, dim3, channels) with channelsLast, or (batch, channels, dim1, dim2, dim3) with channelsFirst, but got (None, 8) of rank 2. Fix: give ...
  "upSampling3d.shape.generic-tensor-bad@sequential-add": ["wrong-message"],
  // declare const v: number[]; const i = input({ shape: [...v, 2] }); const l = upSampling3d({}); const s = sequential().add(i).add(l);
  // false-error: every run succeeds ([3,3,3,2]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 2] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 2]'. Source pr...
  "upSampling3d.shape.spread@sequential-add": ["false-error"],
  // declare const v: any; const i = input({ shape: [8, 3] }); const l = zeroPadding1d({ inputShape: v }); const o = l(i);
  // false-error: every run succeeds ([8,3]), the compiler says [apply] TS2345 Argument of type 'SymbolicTensor<[null, 8, 3]>' is not assignable to parameter of type '"ZeroPadding1D: the layer was declared with batch input shape (None), but i...
  "zeroPadding1d.inputShape.any@functional": ["false-error"],
  // declare const v: any; const i = input({ shape: v }); const l = zeroPadding1d({}); const s = sequential().add(i).add(l);
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "zeroPadding1d.shape.any@sequential-add": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return pipe(x, l); } const i = input({ shape: [8] }); const l = zeroPadding1d({}); const o = f(i);
  // missed-error: the runtime throws at apply: "ZeroPadding1D needs an input of rank 3, (batch, steps, features) with channelsLast, or (batch, features, steps) with channelsFirst, but got (None, 8) of rank 2. Fix: give the input that layout,...
  // any-or-never: o: SymbolicTensor<never>
  "zeroPadding1d.shape.generic-tensor-bad@pipe": ["missed-error", "any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential({ layers: [x, l] }); } const i = input({ shape: [8, 3] }); const l = zeroPadding1d({}); const s = f(i);
  // false-error: every run succeeds ([8,3]), the compiler says [apply] TS2345 Argument of type '{ layers: [SymbolicTensor<S>, ZeroPadding1D<{}>]; }' is not assignable to parameter of type 'CheckedOptions<[[toModel<step<[S, S, 0], ZeroPadding...
  "zeroPadding1d.shape.generic-tensor@sequential-layers": ["false-error"],
  // declare const v: number[]; const i = input({ shape: [...v, 3] }); const l = zeroPadding1d({}); const o = pipe(i, l);
  // false-error: every run succeeds ([8,3], [5,3]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 3] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 3]'. Source...
  "zeroPadding1d.shape.spread@pipe": ["false-error"],
  // declare const v: any; const i = input({ shape: [8, 8, 3] }); const l = zeroPadding2d({ dataFormat: v }); const o = pipe(i, l);
  // wrong-shape: o is SymbolicTensor<[null, 8, 10, 5]>, the runtime gives [null,10,10,3]
  "zeroPadding2d.dataFormat.any@pipe": ["wrong-shape"],
  // declare const v: "channelsLast" | "channelsFirst"; const i = input({ shape: [8, 8, 3] }); const l = zeroPadding2d({ dataFormat: v }); const s = sequential().add(i).add(l);
  // wrong-shape: o is [null, 10, 10, 3], the runtime gives [null,8,10,5]
  "zeroPadding2d.dataFormat.union@sequential-add": ["wrong-shape"],
  // declare const v: DataFormat; const i = input({ shape: [8, 8, 3] }); const l = zeroPadding2d({ dataFormat: v }); const o = l(i);
  // wrong-shape: o is SymbolicTensor<[null, 10, 10, 3]>, the runtime gives [null,8,10,5]
  "zeroPadding2d.dataFormat.wide@functional": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: [8, 8, 3] }); const l = zeroPadding2d({ inputShape: v }); const s = sequential({ layers: [i, l] });
  // false-error: every run succeeds ([8,8,3]), the compiler says [apply] TS2322 Type '(SymbolicTensor<[null, 8, 8, 3]> | ZeroPadding2D<{ inputShape: any; }>)[]' is not assignable to type '"Sequential layer 1: ZeroPadding2D: the layer was dec...
  "zeroPadding2d.inputShape.any@sequential-layers": ["false-error"],
  // declare const v: any; const i = input({ shape: v }); const l = zeroPadding2d({}); const s = sequential({ layers: [i, l] });
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "zeroPadding2d.shape.any@sequential-layers": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential().add(x).add(l); } const i = input({ shape: [8] }); const l = zeroPadding2d({}); const s = f(i);
  // wrong-message: the runtime throws at apply: "ZeroPadding2D needs an input of rank 4, (batch, rows, cols, channels) with channelsLast, or (batch, channels, rows, cols) with channelsFirst, but got (None, 8) of rank 2. Fix: give the input t...
  "zeroPadding2d.shape.generic-tensor-bad@sequential-add": ["wrong-message"],
  // declare const v: number[]; const i = input({ shape: [...v, 3] }); const l = zeroPadding2d({}); const s = sequential().add(i).add(l);
  // false-error: every run succeeds ([8,8,3], [5,5,3]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 3] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 3]'. So...
  "zeroPadding2d.shape.spread@sequential-add": ["false-error"],
  // declare const v: any; const i = input({ shape: [4, 4, 4, 3] }); const l = zeroPadding3d({ dataFormat: v }); const o = l(i);
  // wrong-shape: o is SymbolicTensor<[null, 4, 6, 6, 5]>, the runtime gives [null,6,6,6,3]
  "zeroPadding3d.dataFormat.any@functional": ["wrong-shape"],
  // declare const v: "channelsLast" | "channelsFirst"; const i = input({ shape: [4, 4, 4, 3] }); const l = zeroPadding3d({ dataFormat: v }); const s = sequential({ layers: [i, l] });
  // wrong-shape: o is [null, 6, 6, 6, 3], the runtime gives [null,4,6,6,5]
  "zeroPadding3d.dataFormat.union@sequential-layers": ["wrong-shape"],
  // declare const v: DataFormat; const i = input({ shape: [4, 4, 4, 3] }); const l = zeroPadding3d({ dataFormat: v }); const s = sequential({ layers: [i, l] });
  // wrong-shape: o is [null, 6, 6, 6, 3], the runtime gives [null,4,6,6,5]
  "zeroPadding3d.dataFormat.wide@sequential-layers": ["wrong-shape"],
  // declare const v: any; const i = input({ shape: [4, 4, 4, 3] }); const l = zeroPadding3d({ inputShape: v }); const s = sequential().add(i).add(l);
  // false-error: every run succeeds ([4,4,4,3]), the compiler says [apply] TS2345 Argument of type 'ZeroPadding3D<{ inputShape: any; }>' is not assignable to parameter of type '"ZeroPadding3D: the layer was declared with batch input shape (N...
  "zeroPadding3d.inputShape.any@sequential-add": ["false-error"],
  // declare const v: any; const i = input({ shape: v }); const l = zeroPadding3d({}); const o = l(i);
  // any-or-never: i: SymbolicTensor<[null, ...any[]]>
  "zeroPadding3d.shape.any@functional": ["any-or-never"],
  // function f<S extends Shape>(x: SymbolicTensor<S>) { return sequential({ layers: [x, l] }); } const i = input({ shape: [8] }); const l = zeroPadding3d({}); const s = f(i);
  // wrong-message: the runtime throws at apply: "Sequential layer 1: ZeroPadding3D needs an input of rank 5, (batch, dim1, dim2, dim3, channels) with channelsLast, or (batch, channels, dim1, dim2, dim3) with channelsFirst, but got (None, 8) ...
  "zeroPadding3d.shape.generic-tensor-bad@sequential-layers": ["wrong-message"],
  // declare const v: number[]; const i = input({ shape: [...v, 3] }); const l = zeroPadding3d({}); const s = sequential({ layers: [i, l] });
  // false-error: every run succeeds ([4,4,4,3], [3,3,3,3]), the compiler says [input] TS2322 Type 'number[]' is not assignable to type 'readonly [...number[], 3] & Shape'. Type 'number[]' is not assignable to type 'readonly [...number[], 3]'...
  "zeroPadding3d.shape.spread@sequential-layers": ["false-error"],
};
