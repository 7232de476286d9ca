/**
 * Hostile files in the import dialog: a workbook whose sheet expands to a gigabyte and a zipped
 * Shapefile that expands to gigabytes are refused with the reason, in Chinese and in English,
 * and nothing in the app changes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildZip, utf8 } from '../unit/io/fixtures.ts';
import { zeroBomb } from '../unit/io/hostile/hostile-inputs.ts';
import { type AtlasSession, openAtlas, screenshot, waitForMapIdle } from './driver.ts';

let session: AtlasSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

function workbookBomb(): Buffer {
  return Buffer.from(
    buildZip([
      { name: '[Content_Types].xml', data: utf8('<?xml version="1.0"?><Types/>'), deflate: true },
      { name: 'xl/workbook.xml', data: utf8('<?xml version="1.0"?><workbook/>'), deflate: true },
      {
        name: 'xl/worksheets/sheet1.xml',
        data: new Uint8Array(0),
        compressed: zeroBomb(1024),
        declaredSize: 2048,
      },
    ]),
  );
}

function shapefileBomb(): Buffer {
  return Buffer.from(
    buildZip([
      { name: '乡镇界.shp', data: new Uint8Array(0), compressed: zeroBomb(1024), declaredSize: 1024 },
    ]),
  );
}

describe('files that expand to gigabytes', () => {
  for (const language of ['zh-CN', 'en'] as const) {
    it(`are refused with the reason (${language})`, async () => {
      session = await openAtlas(language === 'en' ? '#lang=en' : '');
      const { page } = session;
      await waitForMapIdle(page);
      const total = await page.getByTestId('legend-total').textContent();
      await page.getByTestId('open-import').click();
      const dialog = page.getByTestId('import-dialog');
      await dialog.getByTestId('import-tab-roster').click();
      await dialog.getByTestId('import-roster-file').setInputFiles({
        name: '名录.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: workbookBomb(),
      });
      const expectedWorkbook =
        language === 'en'
          ? 'xl/worksheets/sheet1.xml in the archive expands beyond the size the archive declares (2048 bytes)'
          : '压缩包中的 xl/worksheets/sheet1.xml 解压后比压缩包中标注的大小（2048 字节）大得多，已停止解压';
      await expect
        .poll(() => dialog.getByTestId('import-file-error').textContent())
        .toContain(expectedWorkbook);
      expect(await dialog.getByTestId('import-commit').count()).toBe(0);
      await screenshot(page, `hostile-workbook-${language}`);

      await dialog.getByTestId('import-tab-boundaries').click();
      await dialog.getByTestId('import-boundary-file').setInputFiles({
        name: '乡镇界.zip',
        mimeType: 'application/zip',
        buffer: shapefileBomb(),
      });
      const expectedShapefile =
        language === 'en'
          ? '乡镇界.shp in the archive expands beyond the size the archive declares (1024 bytes)'
          : '压缩包中的 乡镇界.shp 解压后比压缩包中标注的大小（1024 字节）大得多';
      await expect
        // The roster tab stays mounted (hidden) with its own error.
        .poll(() => dialog.locator('[data-testid="import-file-error"]:visible').textContent())
        .toContain(expectedShapefile);
      await screenshot(page, `hostile-shapefile-${language}`);
      expect(await page.getByTestId('legend-total').textContent()).toBe(total);
      expect(session.outsideRequests).toEqual([]);
    });
  }
});
