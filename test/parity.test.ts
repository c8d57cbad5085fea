/**
 * The runtime mirror and the types must agree. Each case of ./cases.ts runs at run time and is compiled
 * by every supported compiler in one file; the compiler's type for it (read from the emitted
 * declarations) must equal the runtime shape, and an error must be both thrown and reported at compile
 * time with the very same sentence (./parity-suite.ts).
 */
import { cases } from "./cases.js";
import { paritySuite } from "./parity-suite.js";

paritySuite("", cases, ".tmp/parity");
