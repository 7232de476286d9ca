/**
 * Line breaking for Chinese mixed with Latin words and numbers, as a typesetter does it: a break
 * may fall between any two Chinese characters or at a space, never inside a Latin word or a
 * number (unless the word alone is wider than the line), closing punctuation (，。、）》 …) never
 * starts a line and opening punctuation (（《 …) never ends one. Pure: the caller measures.
 */

/** Characters that must not begin a line (they close or follow what comes before). */
const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕〉…—·％,.;:?!)]}%']);
/** Characters that must not end a line (they open what follows). */
const NO_LINE_END = new Set([...'（《「『【〔〈([{']);

/** A space, a run of Latin letters, digits and ASCII punctuation (one word), or any one other character. */
const UNIT = /\s+|[\p{Script=Latin}\p{Script=Greek}\p{Nd}!-/:-@[-`{-~°×±]+|./gsu;

function isSpace(unit: string): boolean {
  return /^\s+$/u.test(unit);
}

/**
 * Breaks `text` into lines no wider than `width` (in the units `measure` returns). Line feeds in
 * the text are kept as breaks; spaces at a break are dropped. A line is wider than `width` only
 * when one character alone is.
 * @param measure the width of a piece of text in the font it will be set in
 * @example wrapText('港南区学校布局现状图', 4, (text) => text.length) // ['港南区学', '校布局现', '状图']
 */
export function wrapText(text: string, width: number, measure: (text: string) => number): string[] {
  return text.split(/\r?\n/).flatMap((paragraph) => wrapParagraph(paragraph, width, measure));
}

function wrapParagraph(paragraph: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let units: string[] = [];
  let widths: number[] = [];
  let lineWidth = 0;
  const finish = () => {
    while (units.length > 0 && isSpace(units[units.length - 1] ?? '')) {
      units.pop();
      lineWidth -= widths.pop() ?? 0;
    }
    lines.push(units.join(''));
    units = [];
    widths = [];
    lineWidth = 0;
  };
  const add = (unit: string, unitWidth: number) => {
    units.push(unit);
    widths.push(unitWidth);
    lineWidth += unitWidth;
  };

  for (const unit of paragraph.match(UNIT) ?? []) {
    const unitWidth = measure(unit);
    if (isSpace(unit)) {
      if (units.length > 0) add(unit, unitWidth);
      continue;
    }
    if (units.length > 0 && lineWidth + unitWidth > width) {
      // The unit starts a new line; take along what may not be separated from it.
      const carried: string[] = [];
      const carriedWidths: number[] = [];
      const carry = () => {
        carried.unshift(units.pop() ?? '');
        const carriedWidth = widths.pop() ?? 0;
        carriedWidths.unshift(carriedWidth);
        lineWidth -= carriedWidth;
      };
      if (NO_LINE_START.has(unit.charAt(0)) && units.length > 1 && !isSpace(units[units.length - 1] ?? '')) {
        carry();
      }
      while (units.length > 1 && NO_LINE_END.has((units[units.length - 1] ?? '').slice(-1))) carry();
      finish();
      carried.forEach((piece, index) => {
        add(piece, carriedWidths[index] ?? 0);
      });
    }
    if (unitWidth > width && [...unit].length > 1) {
      // A word wider than the whole line: break it between characters.
      for (const character of unit) {
        const characterWidth = measure(character);
        if (units.length > 0 && lineWidth + characterWidth > width) finish();
        add(character, characterWidth);
      }
      continue;
    }
    add(unit, unitWidth);
  }
  finish();
  return lines;
}
