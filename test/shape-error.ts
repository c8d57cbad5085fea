/** The ShapeError `f` throws; fails the test if it throws nothing or something else. One helper for every test file. */
import { expect } from "vitest";
import { ShapeError } from "../src/index.js";

export const shapeError = (f: () => unknown): ShapeError => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ShapeError);
    return e as ShapeError;
  }
  throw new Error("expected a ShapeError");
};
