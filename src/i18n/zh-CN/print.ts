/**
 * Simplified Chinese texts of the prints and their failures: the printed tables, the scenario
 * names on a page, the exported files' names, and why an export could not be made.
 */
export const printZh = {
  printListComma: '，',
  canvas2dUnavailable: '浏览器未提供 2D 画布',
} as const;
