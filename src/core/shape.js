export const formatDim = (d) => (d === null ? "None" : String(d));
export const formatShape = (s) => s.length === 1 ? `(${formatDim(s[0] ?? null)},)` : `(${s.map(formatDim).join(", ")})`;
export const dimsAgree = (a, b) => a === null || b === null || a === b;
export const firstDisagreement = (a, b) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++)
        if (!dimsAgree(a[i] ?? null, b[i] ?? null))
            return i;
    return -1;
};
export const badDim = (s) => s.find((d) => d !== null && !(Number.isSafeInteger(d) && d > 0));
/** Resolves a possibly negative axis against a rank, as Python indexing does. */
export const normalizeAxis = (axis, rank) => {
    const a = axis < 0 ? axis + rank : axis;
    return Number.isInteger(a) && a >= 0 && a < rank ? a : undefined;
};
