import type { Case } from "../cases.js";

/** Cases of the pooling layers: see ../cases.ts. */
export const poolingCases: readonly Case[] = [];
