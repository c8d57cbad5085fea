/** The reshaping layers. */
export { flatten, type Flatten, type FlattenOptions } from "./flatten.js";
