/** English texts of the prints and their failures (the keys of `zh-CN/print.ts`). */
import type { printZh } from '../zh-CN/print.ts';

export const printEn: Record<keyof typeof printZh, string> = {
  printListComma: ', ',
  printErrorNoWebgl: 'The browser provides no WebGL, so the print map cannot be drawn',
  canvas2dUnavailable: 'The browser provides no 2D canvas',
};
