import { describe, expect, it } from 'vitest';
import type { Orientation, PaperName } from '../../../src/domain/print-choices.ts';
import {
  layoutPage,
  type PageLayoutInput,
  type Rect,
  rectContains,
  rectsOverlap,
} from '../../../src/print/page-layout.ts';
import { pagePixels, paperMillimetres, printPixelRatio } from '../../../src/print/paper.ts';

function input(change: Partial<PageLayoutInput> = {}): PageLayoutInput {
  return {
    paper: 'a4',
    orientation: 'landscape',
    dpi: 300,
    subtitle: true,
    confidential: true,
    legendEntries: 18,
    legendHeadings: [0, 9, 15],
    tableRows: 0,
    ...change,
  };
}

const SHEETS: [PaperName, Orientation][] = [
  ['a4', 'landscape'],
  ['a4', 'portrait'],
  ['a3', 'landscape'],
  ['a3', 'portrait'],
  ['slide', 'landscape'],
  ['slide', 'portrait'],
];

describe('paper sizes', () => {
  it('gives the exact pixel sizes of A4, A3 and the 16:9 slide', () => {
    expect(pagePixels({ paper: 'a4', orientation: 'landscape', dpi: 300 })).toEqual({
      width: 3508,
      height: 2480,
    });
    expect(pagePixels({ paper: 'a4', orientation: 'portrait', dpi: 300 })).toEqual({
      width: 2480,
      height: 3508,
    });
    expect(pagePixels({ paper: 'a3', orientation: 'landscape', dpi: 300 })).toEqual({
      width: 4961,
      height: 3508,
    });
    expect(pagePixels({ paper: 'a4', orientation: 'landscape', dpi: 150 })).toEqual({
      width: 1754,
      height: 1240,
    });
    expect(pagePixels({ paper: 'slide', orientation: 'landscape', dpi: 300 })).toEqual({
      width: 4000,
      height: 2250,
    });
    const slide = paperMillimetres('slide', 'landscape');
    expect(slide.width / slide.height).toBeCloseTo(16 / 9, 6);
  });

  it('keeps printed symbols at their screen size: 300 DPI is 3.125 device pixels per CSS pixel', () => {
    expect(printPixelRatio(300)).toBe(3.125);
    expect(printPixelRatio(150)).toBe(1.5625);
  });
});

describe('layoutPage', () => {
  it('makes the page exactly the paper size in pixels', () => {
    expect(layoutPage(input()).page).toEqual({ x: 0, y: 0, width: 3508, height: 2480 });
    expect(layoutPage(input({ paper: 'a3' })).page).toEqual({ x: 0, y: 0, width: 4961, height: 3508 });
  });

  it.each(SHEETS)(
    'keeps every box of %s %s on the page and the map clear of the rest',
    (paper, orientation) => {
      for (const tableRows of [0, 12]) {
        const layout = layoutPage(input({ paper, orientation, tableRows }));
        const boxes: Rect[] = [
          layout.title,
          layout.map,
          layout.panel,
          layout.legend,
          ...layout.legendEntries,
          ...layout.tableRows,
          layout.footer.source,
          layout.footer.unit,
          layout.footer.note,
          layout.footer.date,
        ];
        if (layout.subtitle) boxes.push(layout.subtitle);
        if (layout.confidential) boxes.push(layout.confidential);
        if (layout.table) boxes.push(layout.table);
        for (const box of boxes) {
          expect(rectContains(layout.page, box)).toBe(true);
          expect(box.width).toBeGreaterThan(0);
          expect(box.height).toBeGreaterThan(0);
        }
        for (const other of [layout.title, layout.panel, layout.footer.source, layout.footer.date]) {
          expect(rectsOverlap(layout.map, other)).toBe(false);
        }
        if (layout.subtitle) expect(rectsOverlap(layout.map, layout.subtitle)).toBe(false);
        expect(rectContains(layout.map, layout.northArrow)).toBe(true);
        expect(rectContains(layout.map, layout.scaleBar)).toBe(true);
        expect(rectsOverlap(layout.northArrow, layout.scaleBar)).toBe(false);
        for (const entry of layout.legendEntries) expect(rectContains(layout.legend, entry)).toBe(true);
        if (layout.table) {
          expect(rectsOverlap(layout.legend, layout.table)).toBe(false);
          for (const row of layout.tableRows) expect(rectContains(layout.table, row)).toBe(true);
        }
      }
    },
  );

  it('puts the panel beside the map on landscape sheets and below it on portrait ones', () => {
    const landscape = layoutPage(input());
    expect(landscape.panel.x).toBeGreaterThanOrEqual(landscape.map.x + landscape.map.width);
    const portrait = layoutPage(input({ orientation: 'portrait' }));
    expect(portrait.panel.y).toBeGreaterThanOrEqual(portrait.map.y + portrait.map.height);
    expect(portrait.legendEntries.length).toBe(18);
  });

  it('fits the whole legend and an atlas table on A4 landscape, rows tightened if need be', () => {
    const layout = layoutPage(input({ legendEntries: 18, tableRows: 11 }));
    expect(layout.legendOverflow).toBe(0);
    expect(layout.tableOverflow).toBe(0);
    expect(layout.tableRows).toHaveLength(11);
  });

  it('never ends a legend column with a heading', () => {
    const headings = [0, 9, 15];
    const layout = layoutPage(
      input({ orientation: 'portrait', legendEntries: 18, legendHeadings: headings }),
    );
    const bottom = Math.max(...layout.legendEntries.map((entry) => entry.y));
    for (const index of headings) expect(layout.legendEntries[index]?.y).toBeLessThan(bottom);
    for (const [index, entry] of layout.legendEntries.entries()) {
      for (const other of layout.legendEntries.slice(index + 1))
        expect(rectsOverlap(entry, other)).toBe(false);
    }
  });

  it('scales with the resolution: 150 DPI is half of 300 DPI, to the pixel', () => {
    const high = layoutPage(input());
    const low = layoutPage(input({ dpi: 150 }));
    for (const key of ['title', 'map', 'legend', 'scaleBar', 'northArrow'] as const) {
      expect(Math.abs(low[key].x * 2 - high[key].x)).toBeLessThanOrEqual(2);
      expect(Math.abs(low[key].width * 2 - high[key].width)).toBeLessThanOrEqual(3);
    }
    expect(low.fonts.title * 2).toBeCloseTo(high.fonts.title, -1);
  });

  it('scales text and furniture with the sheet: A3 is √2 times A4', () => {
    const a4 = layoutPage(input());
    const a3 = layoutPage(input({ paper: 'a3' }));
    expect(a3.scale / a4.scale).toBeCloseTo(Math.SQRT2, 2);
    expect(a3.fonts.title / a4.fonts.title).toBeCloseTo(Math.SQRT2, 1);
  });

  it('reserves no subtitle or confidentiality box when there is none', () => {
    const layout = layoutPage(input({ subtitle: false, confidential: false }));
    expect(layout.subtitle).toBeNull();
    expect(layout.confidential).toBeNull();
    expect(layout.map.y).toBeLessThan(layoutPage(input()).map.y);
  });
});
