import { describe, expect, it } from 'vitest';
import { readCoordinate } from '../../../src/io/parse-coordinate.ts';

const SECONDS = 109 + 35 / 60 + 12.5 / 3600;

describe('readCoordinate', () => {
  it.each([
    ['109.5862', 109.5862, null],
    ['１０９．５８６２', 109.5862, null],
    ['109。5862', 109.5862, null],
    ['109°35′12.5″', SECONDS, null],
    ['109度35分12.5秒', SECONDS, null],
    ['东经109°35′12.5″', SECONDS, 'lon'],
    [`E109°35'12.5"`, SECONDS, 'lon'],
    [`109°35'12.5''`, SECONDS, null],
    ['１０９°３５′１２．５″', SECONDS, null],
    ['109 35 12.5', SECONDS, null],
    ['109:35:12.5', SECONDS, null],
    [`109°35.2'`, 109 + 35.2 / 60, null],
    ['109°', 109, null],
    ['北纬23°05′24″', 23.09, 'lat'],
    ['23.09N', 23.09, 'lat'],
  ])('reads %s', (text, degrees, axis) => {
    const reading = readCoordinate(text);
    expect(reading?.degrees).toBeCloseTo(degrees, 10);
    expect(reading?.axis).toBe(axis);
  });

  it('reads W and S as negative', () => {
    expect(readCoordinate('W77.5')?.degrees).toBe(-77.5);
  });

  it.each(['', 'abc', '东经109度x', '109°65′', '109°35′70″', '109.5°30′', '109,5', '109.5.1'])(
    'refuses %j',
    (text) => {
      expect(readCoordinate(text)).toBeNull();
    },
  );
});
