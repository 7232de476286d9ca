/** Fits a one-line bar to its width by stepping through compact levels, whatever the language. */
import { type RefObject, useLayoutEffect } from 'react';

/** Whether the last item of a row reaches past the row's right edge. */
function overflows(row: HTMLElement): boolean {
  const last = row.lastElementChild;
  if (!last) return false;
  return last.getBoundingClientRect().right > row.getBoundingClientRect().right + 0.5;
}

/**
 * Sets `data-fit` on `bar` to the first compact level (0 … `levels`) at which the items of `row`
 * fit on its line, whenever the bar is resized or `content` changes (a language switch changes
 * every width). The stylesheet says what each level gives up; measuring the real widths, not
 * guessing breakpoints, keeps this right for any language, district name or window.
 */
export function useFitLevel(
  bar: RefObject<HTMLElement | null>,
  row: RefObject<HTMLElement | null>,
  levels: number,
  content: string,
): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: `content` changes the widths measured here
  useLayoutEffect(() => {
    const barElement = bar.current;
    const rowElement = row.current;
    if (!barElement || !rowElement) return;
    const chooseLevel = () => {
      let level = 0;
      barElement.dataset.fit = '0';
      while (level < levels && overflows(rowElement)) {
        level += 1;
        barElement.dataset.fit = String(level);
      }
    };
    chooseLevel();
    // The bar's own size follows the window only, so refitting never triggers itself.
    const observer = new ResizeObserver(chooseLevel);
    observer.observe(barElement);
    return () => observer.disconnect();
  }, [bar, row, levels, content]);
}
