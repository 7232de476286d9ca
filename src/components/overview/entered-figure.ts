/**
 * Reading what the user types as an entered figure (学前教育三年毛入园率 88.5): a number, an empty
 * field to clear it, or a reason to refuse it. Pure, so the overview's field and its tests agree.
 */

/** The most a rate may be: gross enrolment can pass 100 % (over-age pupils), but not by this much. */
export const MAXIMUM_RATE = 200;

/** Why an entry was refused. */
export type EnteredFigureProblem = 'not-a-number' | 'negative' | 'rate-too-large';

/** What an entry means. */
export type EnteredFigureEntry =
  | { kind: 'value'; value: number }
  | { kind: 'clear' }
  | { kind: 'invalid'; problem: EnteredFigureProblem };

/**
 * Reads an entry. Full-width digits, the ideographic full stop used as a decimal point (８８．５)
 * and a trailing % are accepted, since Chinese input methods produce them; an empty entry clears
 * the figure. A rate (unit %) may not exceed {@link MAXIMUM_RATE}, which catches 885 for 88.5.
 * @example parseEnteredFigure('88.5', '%') // { kind: 'value', value: 88.5 }
 * @example parseEnteredFigure('', '%') // { kind: 'clear' }
 */
export function parseEnteredFigure(text: string, unit: string): EnteredFigureEntry {
  const normalised = text
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[－]/g, '-')
    .replace(/[%％]\s*$/, '')
    .trim();
  if (normalised === '') return { kind: 'clear' };
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalised)) return { kind: 'invalid', problem: 'not-a-number' };
  const value = Number(normalised);
  if (value < 0) return { kind: 'invalid', problem: 'negative' };
  if (unit === '%' && value > MAXIMUM_RATE) return { kind: 'invalid', problem: 'rate-too-large' };
  return { kind: 'value', value };
}
