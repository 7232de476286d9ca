import { describe, expect, it } from 'vitest';
import { parseTownshipSeats } from '../../../scripts/geodata/parse-township-seats.ts';
import { roundCoordinate } from '../../../scripts/geodata/round-coordinates.ts';
import { createSeededRandom } from '../../../scripts/geodata/seeded-random.ts';
import { selectTownships } from '../../../scripts/geodata/select-townships.ts';
import { shortenVillageName } from '../../../scripts/geodata/shorten-village-name.ts';

describe('shortenVillageName', () => {
  it('drops the committee suffix of a village', () => {
    expect(shortenVillageName('三板村委会', false)).toBe('三板村');
    expect(shortenVillageName('徐村村委会', false)).toBe('徐村');
  });

  it('names a rural community like a village and keeps an urban community', () => {
    expect(shortenVillageName('兴贵社区', false)).toBe('兴贵村');
    expect(shortenVillageName('南湖社区', true)).toBe('南湖社区');
  });
});

describe('createSeededRandom', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const first = createSeededRandom(1);
    const second = createSeededRandom(1);
    const sequence = Array.from({ length: 5 }, () => first.next());
    expect(Array.from({ length: 5 }, () => second.next())).toEqual(sequence);
    expect(createSeededRandom(2).next()).not.toBe(sequence[0]);
    for (const value of sequence) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });

  it('shuffles into a permutation without touching the input', () => {
    const items = [1, 2, 3, 4, 5, 6];
    const shuffled = createSeededRandom(3).shuffle(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6]);
    expect([...shuffled].sort()).toEqual(items);
  });
});

describe('roundCoordinate', () => {
  it('keeps six decimals', () => {
    expect(roundCoordinate(109.1234567)).toBe(109.123457);
    expect(roundCoordinate(-0.0000001)).toBe(0);
  });
});

describe('selectTownships', () => {
  const seats = parseTownshipSeats(
    'code,name,lon_wgs84,lat_wgs84,lon_gcj02,lat_gcj02,point_kind,source\n450803100,桥圩镇,109.76303,22.95376,109.767429,22.950978,town centre,test\n',
  );

  it('accepts names that agree with the seats table', () => {
    expect(
      selectTownships([{ code: '450803100', name: '桥圩镇', areaCode: '450803' }], '450803', seats),
    ).toEqual([{ code: '450803100', name: '桥圩镇' }]);
  });

  it('refuses a name that disagrees with the seats table', () => {
    expect(() =>
      selectTownships([{ code: '450803100', name: '桥墟镇', areaCode: '450803' }], '450803', seats),
    ).toThrow(/disagree/);
  });
});
