/** English texts the analysis returns: refusals of impossible inputs. */
import type { analysisZh } from '../zh-CN/analysis.ts';

export const analysisEn: Record<keyof typeof analysisZh, string> = {
  gridCellNotPositive: 'A grid cell’s side should be a positive number of metres, not {metres}',
};
