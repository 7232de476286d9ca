/**
 * The export choices of 打印: the file format, the current page or an atlas, and which townships
 * the atlas holds in which order (the atlas on demand). Pure.
 */
import type { PrintPages } from '../../print/plan-pages.ts';

/** The formats offered, in the order the view lists them. */
export const EXPORT_FORMATS = ['pdf', 'png', 'pptx', 'docx'] as const;
/** A file format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What the user chose. */
export interface ExportChoices {
  format: ExportFormat;
  /** The page the preview shows, or an atlas (PDF only; a deck and a report are always an atlas). */
  scope: 'page' | 'atlas';
  /** The atlas begins with the district overview. */
  overview: boolean;
  /** Every township code, in the order the atlas takes them. */
  order: string[];
  /** The codes chosen for the atlas. */
  chosen: string[];
  /** One PDF per page in a zip. */
  split: boolean;
}

/** The choices of a fresh view: a PDF of the page, every township chosen in the boundaries' order. */
export function initialExportChoices(codes: readonly string[]): ExportChoices {
  return {
    format: 'pdf',
    scope: 'page',
    overview: true,
    order: [...codes],
    chosen: [...codes],
    split: false,
  };
}

/**
 * The order kept for the codes the data has now: known codes where the user put them, new ones
 * (new boundaries imported) at the end, chosen.
 * @example reconcileChoices({ ...choices, order: ['b', 'a'], chosen: ['a'] }, ['a', 'b', 'c']) // order ['b', 'a', 'c'], chosen ['a', 'c']
 */
export function reconcileChoices(choices: ExportChoices, codes: readonly string[]): ExportChoices {
  const present = new Set(codes);
  const known = choices.order.filter((code) => present.has(code));
  const added = codes.filter((code) => !choices.order.includes(code));
  if (added.length === 0 && known.length === choices.order.length) return choices;
  return {
    ...choices,
    order: [...known, ...added],
    chosen: [...choices.chosen.filter((code) => present.has(code)), ...added],
  };
}

/**
 * The order with `code` moved `step` places (−1 up, +1 down), held at the ends.
 * @example moveTownship(['a', 'b', 'c'], 'c', -1) // ['a', 'c', 'b']
 */
export function moveTownship(order: readonly string[], code: string, step: number): string[] {
  const from = order.indexOf(code);
  if (from < 0) return [...order];
  const to = Math.min(order.length - 1, Math.max(0, from + step));
  const moved = [...order];
  moved.splice(from, 1);
  moved.splice(to, 0, code);
  return moved;
}

/** Whether the township list applies: an atlas PDF, a deck or a report. */
export function usesAtlas(choices: Pick<ExportChoices, 'format' | 'scope'>): boolean {
  if (choices.format === 'pptx' || choices.format === 'docx') return true;
  return choices.format === 'pdf' && choices.scope === 'atlas';
}

/** Whether an export can start: a page has a plan; an atlas has at least one page. */
export function canExport(choices: ExportChoices): boolean {
  if (!usesAtlas(choices)) return true;
  return choices.overview || choices.chosen.length > 0;
}

/** The pages of an export: the current page, or the chosen townships in their order. */
export function exportPages(choices: ExportChoices, page: PrintPages): PrintPages {
  if (!usesAtlas(choices)) return page;
  const chosen = new Set(choices.chosen);
  return {
    kind: 'atlas',
    overview: choices.overview,
    townships: choices.order.filter((code) => chosen.has(code)),
  };
}
