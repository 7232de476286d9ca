/**
 * What the import e2e files share: the legend's total as the app writes it, opening the import
 * dialog on a tab, and dropping a file on the map as a user dragging it from the file manager.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The legend's total when every school is shown, in Chinese. */
export function totalText(count: number): string {
  return `显示 ${count} / 共 ${count} 所`;
}

/** The legend's total as shown. */
export function legendTotal(page: Page): Promise<string | null> {
  return page.getByTestId('legend-total').textContent();
}

/** Opens the import dialog on a tab and returns it. */
export async function openImport(
  page: Page,
  tab: 'roster' | 'boundaries' | 'population' = 'roster',
): Promise<Locator> {
  await page.getByTestId('open-import').click();
  const dialog = page.getByTestId('import-dialog');
  await expect.poll(() => dialog.isVisible()).toBe(true);
  await dialog.getByTestId(`import-tab-${tab}`).click();
  return dialog;
}

/** Drops a file on the map, as a user dragging it from the file manager would. */
export async function dropOnMap(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.evaluate(
    ({ name, data }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], name));
      const target = document.querySelector('[data-testid="map"]');
      if (!target) throw new Error('map not found');
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(
          new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }),
        );
      }
    },
    { name, data: [...bytes] },
  );
}
