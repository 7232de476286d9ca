/** English texts the analysis returns: refusals of impossible inputs. */
import type { analysisZh } from '../zh-CN/analysis.ts';

export const analysisEn: Record<keyof typeof analysisZh, string> = {
  gridSpacingNotPositive: 'The candidate grid spacing should be a positive number of metres, not {spacing}',
  gridSpacingTooSmall:
    'A candidate grid spacing of {spacing} m is too small: it would make about {count} grid points; please choose a larger spacing',
  gridSpacingOverLimit:
    'A candidate grid spacing of {spacing} m is too small: the townships hold {count} grid points, more than the limit of {limit}; please choose a larger spacing',
  gridCellNotPositive: 'A grid cell’s side should be a positive number of metres, not {metres}',
};
