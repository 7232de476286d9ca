/** English texts of the readers' limits, with the keys of `zh-CN/readers.ts`. */
import type { readersZh } from '../zh-CN/readers.ts';

export const readersEn: Record<keyof typeof readersZh, string> = {};
