/** English texts of the prints and their failures (the keys of `zh-CN/print.ts`). */
import type { printZh } from '../zh-CN/print.ts';

export const printEn: Record<keyof typeof printZh, string> = {
  printListComma: ', ',
  canvas2dUnavailable: 'The browser provides no 2D canvas',
};
