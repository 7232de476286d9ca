import { describe, expect, it } from 'vitest';
import { MAXIMUM_RATE, parseEnteredFigure } from '../../../src/components/overview/entered-figure.ts';

describe('reading an entered figure', () => {
  it('takes a number, with or without a %', () => {
    expect(parseEnteredFigure('88.5', '%')).toEqual({ kind: 'value', value: 88.5 });
    expect(parseEnteredFigure(' 91 % ', '%')).toEqual({ kind: 'value', value: 91 });
    expect(parseEnteredFigure('.5', '%')).toEqual({ kind: 'value', value: 0.5 });
    expect(parseEnteredFigure('0', '%')).toEqual({ kind: 'value', value: 0 });
  });

  it('takes what a Chinese input method types: full-width digits, point and percent sign', () => {
    expect(parseEnteredFigure('８８．５％', '%')).toEqual({ kind: 'value', value: 88.5 });
    expect(parseEnteredFigure('９０。２', '%')).toEqual({ kind: 'value', value: 90.2 });
  });

  it('clears the figure on an empty entry', () => {
    expect(parseEnteredFigure('', '%')).toEqual({ kind: 'clear' });
    expect(parseEnteredFigure('   ', '%')).toEqual({ kind: 'clear' });
  });

  it('refuses text, negatives and a rate beyond reason', () => {
    for (const text of ['八十', 'abc', '88.5.1', '1e2', '88,5', '--1']) {
      expect(parseEnteredFigure(text, '%'), text).toEqual({ kind: 'invalid', problem: 'not-a-number' });
    }
    expect(parseEnteredFigure('-3', '%')).toEqual({ kind: 'invalid', problem: 'negative' });
    expect(parseEnteredFigure('－3', '%')).toEqual({ kind: 'invalid', problem: 'negative' });
    expect(parseEnteredFigure('885', '%')).toEqual({ kind: 'invalid', problem: 'rate-too-large' });
    expect(parseEnteredFigure(String(MAXIMUM_RATE), '%')).toEqual({ kind: 'value', value: MAXIMUM_RATE });
  });

  it('lets counts be as large as they are', () => {
    expect(parseEnteredFigure('885', '所')).toEqual({ kind: 'value', value: 885 });
  });
});
