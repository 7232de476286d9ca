/** Simplified Chinese texts of reading boundary files: projections, features, rings, Shapefile archives. */
export const ioBoundaryZh = {} as const;
