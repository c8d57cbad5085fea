import type { Case } from "../cases.js";

/** Cases of the reshaping layers: see ../cases.ts. */
export const reshapingCases: readonly Case[] = [];
