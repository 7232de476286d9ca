/** Simplified Chinese texts of reading rosters and points: coordinates, values, columns, candidate sites. */
export const ioRosterZh = {} as const;
