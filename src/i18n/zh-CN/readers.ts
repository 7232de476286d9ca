/**
 * Simplified Chinese texts of the readers' limits: archives that expand too far, files nested
 * too deep or too large to read, searches too large to run, and output files that cannot be
 * written.
 */
export const readersZh = {} as const;
