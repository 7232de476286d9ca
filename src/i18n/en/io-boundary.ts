/** English texts of reading boundary files: projections, features, rings, Shapefile archives. */
import type { ioBoundaryZh } from '../zh-CN/io-boundary.ts';

export const ioBoundaryEn: Record<keyof typeof ioBoundaryZh, string> = {};
