/**
 * What the user chooses for a print: the sheet (A4, A3 or a 16:9 slide, which way round), the
 * resolution, the page texts (null: follow the view) and two switches. Plain data with its
 * defaults and a reader for kept values; nothing here imports the app.
 */

/** The sheets a map can be printed on: ISO A4 and A3, and a 16:9 presentation slide. */
export type PaperName = 'a4' | 'a3' | 'slide';
/** Long side across (landscape) or down (portrait). */
export type Orientation = 'landscape' | 'portrait';
/** Print resolutions offered: 150 DPI for drafts and slides, 300 DPI for print. */
export type PrintDpi = 150 | 300;

/** Every paper name, in the order the print view lists them. */
export const PAPER_NAMES: readonly PaperName[] = ['a4', 'a3', 'slide'];
/** Every resolution offered. */
export const PRINT_DPIS: readonly PrintDpi[] = [150, 300];

/** What the user chose in the print view; null texts follow the view. */
export interface PrintChoices {
  paper: PaperName;
  orientation: Orientation;
  dpi: number;
  title: string | null;
  subtitle: string | null;
  unit: string | null;
  source: string | null;
  confidential: boolean;
  /** Draw the analysis layers (circles, gaps, rule fill, flags) as the analysis screen does. */
  includeAnalysis: boolean;
}

/** The defaults of a fresh print view. */
export const DEFAULT_PRINT_CHOICES: PrintChoices = {
  paper: 'a4',
  orientation: 'landscape',
  dpi: 300,
  title: null,
  subtitle: null,
  unit: null,
  source: null,
  confidential: false,
  includeAnalysis: false,
};

/** The choices kept in this browser between sessions: the sheet and the compiling unit. */
export type KeptPrintChoices = Pick<PrintChoices, 'paper' | 'orientation' | 'dpi' | 'unit' | 'confidential'>;

/** The kept part of the choices. */
export function keptPrintChoices(choices: PrintChoices): KeptPrintChoices {
  const { paper, orientation, dpi, unit, confidential } = choices;
  return { paper, orientation, dpi, unit, confidential };
}

/**
 * The well-formed kept choices in a stored value; anything else is left out.
 * @example readKeptPrintChoices({ paper: 'a3', dpi: 600 }) // { paper: 'a3' }
 */
export function readKeptPrintChoices(value: unknown): Partial<KeptPrintChoices> {
  if (typeof value !== 'object' || value === null) return {};
  const stored = value as Record<string, unknown>;
  const result: Partial<KeptPrintChoices> = {};
  const paper = PAPER_NAMES.find((name) => name === stored.paper);
  if (paper) result.paper = paper;
  if (stored.orientation === 'landscape' || stored.orientation === 'portrait')
    result.orientation = stored.orientation;
  const dpi = PRINT_DPIS.find((value) => value === stored.dpi);
  if (dpi) result.dpi = dpi;
  if (typeof stored.unit === 'string') result.unit = stored.unit;
  if (typeof stored.confidential === 'boolean') result.confidential = stored.confidential;
  return result;
}
