// The seed example from plain JavaScript, CommonJS: `require` of the installed tarball.
// Run by scripts/consumer-test.mjs; exits 1 on any mismatch.
const { dense, input, model, sequential, ShapeError } = require("shapeflow");

const failures = [];
const expect = (what, got, want) => {
  if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`${what}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
};

const s = sequential()
  .add(dense({ units: 4, inputShape: [3] }))
  .add(dense({ units: 4 }))
  .add(dense({ units: 1 }));
expect("sequential summary has Total params: 41", s.summary().includes("Total params: 41 (164.00 B)"), true);
expect("sequential countParams()", s.countParams(), 41);
expect("sequential outputShape", s.outputShape, [null, 1]);

const inp = input({ shape: [3] });
const h1 = dense({ units: 4 })(inp);
const h2 = dense({ units: 4 }).apply(h1);
const out = dense({ units: 1 })(h2);
const m = model({ inputs: inp, outputs: out });
expect("functional summary has Total params: 41", m.summary().includes("Total params: 41 (164.00 B)"), true);
expect("functional countParams()", m.countParams(), 41);
expect("functional outputShape", m.outputShape, [null, 1]);

// The deliberate error of the typed program throws the same sentence at run time.
const msg = "Dense needs an input of rank 2 or more, (batch, ..., features), but got (None,) of rank 1.";
try {
  dense({ units: 4 })(input({ shape: [] }));
  failures.push("rank-1 input to Dense did not throw");
} catch (e) {
  if (!(e instanceof ShapeError)) failures.push(`rank-1 input threw a ${e?.constructor?.name}, not a ShapeError`);
  if (!String(e?.message).includes(msg)) failures.push(`rank-1 input threw ${JSON.stringify(String(e?.message))}`);
}

if (failures.length > 0) {
  for (const f of failures) console.error(`MISMATCH ${f}`);
  process.exit(1);
}
console.log("seed.cjs: countParams 41, outputShape [null, 1]");
