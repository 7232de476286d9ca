import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canExport,
  exportPages,
  initialExportChoices,
  moveTownship,
  reconcileChoices,
  usesAtlas,
} from '../../../../src/components/print/export-choices.ts';
import { printPagesOf } from '../../../../src/print/print-api.ts';

const CODES = ['450803001', '450803002', '450803100', '450803101'];

describe('the atlas on demand', () => {
  it('starts with every township chosen, in the boundaries’ order, as a PDF of the page', () => {
    const choices = initialExportChoices(CODES);
    expect(choices).toMatchObject({ format: 'pdf', scope: 'page', overview: true, split: false });
    expect(exportPages(choices, { kind: 'single' })).toEqual({ kind: 'single' });
  });

  it('exports the chosen townships in the chosen order', () => {
    const choices = {
      ...initialExportChoices(CODES),
      scope: 'atlas' as const,
      order: moveTownship(CODES, '450803101', -2),
      chosen: ['450803101', '450803001'],
    };
    expect(exportPages(choices, { kind: 'single' })).toEqual({
      kind: 'atlas',
      overview: true,
      townships: ['450803001', '450803101'],
    });
    expect(moveTownship(CODES, '450803101', -2)).toEqual([
      '450803001',
      '450803101',
      '450803002',
      '450803100',
    ]);
  });

  it('makes a deck and a report of the atlas whatever the scope, and a PNG of the page', () => {
    const choices = initialExportChoices(CODES);
    expect(usesAtlas({ format: 'pptx', scope: 'page' })).toBe(true);
    expect(usesAtlas({ format: 'docx', scope: 'page' })).toBe(true);
    expect(usesAtlas({ format: 'png', scope: 'atlas' })).toBe(false);
    expect(canExport({ ...choices, format: 'docx', overview: false, chosen: [] })).toBe(false);
    expect(canExport({ ...choices, format: 'png', overview: false, chosen: [] })).toBe(true);
  });

  it('keeps the order of known townships and adds new ones, chosen, at the end', () => {
    const choices = {
      ...initialExportChoices(CODES),
      order: ['450803100', '450803001', '450803002', '450803101'],
    };
    const next = reconcileChoices({ ...choices, chosen: ['450803001'] }, [
      '450803001',
      '450803100',
      '450803999',
    ]);
    expect(next.order).toEqual(['450803100', '450803001', '450803999']);
    expect(next.chosen).toEqual(['450803001', '450803999']);
    expect(reconcileChoices(choices, CODES)).toBe(choices);
  });

  it('moves a township without losing or doubling any (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.integer({ min: -5, max: 5 }), (index, step) => {
        const moved = moveTownship(CODES, CODES[index] ?? '', step);
        expect([...moved].sort()).toEqual([...CODES].sort());
      }),
    );
  });
});

describe('printPagesOf (the --township option)', () => {
  it('reads a code, all, and a list in order; a deck or a report covers the district', () => {
    expect(printPagesOf('pdf', undefined, undefined)).toEqual({ kind: 'single' });
    expect(printPagesOf('png', '450803100', undefined)).toEqual({ kind: 'township', code: '450803100' });
    expect(printPagesOf('pdf', '450803101,450803100', undefined)).toEqual({
      kind: 'atlas',
      overview: true,
      townships: ['450803101', '450803100'],
    });
    expect(printPagesOf('pptx', undefined, undefined)).toEqual({ kind: 'atlas', overview: true });
    expect(printPagesOf('docx', 'all', false)).toEqual({ kind: 'atlas', overview: false });
    expect(printPagesOf('pptx', '450803100', undefined)).toEqual({
      kind: 'atlas',
      overview: true,
      townships: ['450803100'],
    });
  });
});
