/**
 * The embedded data set's names ship already placed (at build time, `scripts/prepared-data.ts`):
 * they must be exactly what the map would place in the browser for the same data, and must not be
 * used once the data differ (a school moved, added or of another type; other townships or seats).
 */
import { describe, expect, it } from 'vitest';
import {
  placedDistrictLabel,
  placedTownshipLabels,
  schoolsKey,
} from '../../../src/analysis/placed-labels.ts';
import { loadDefaultDataset } from '../../../src/io/default-dataset.ts';
import { districtLabelFeatures, districtLabelOf } from '../../../src/map/district-label.ts';
import { townshipLabelFeatures, townshipLabelsOf } from '../../../src/map/township-labels.ts';

function embedded() {
  const dataset = loadDefaultDataset();
  const schools = dataset.roster.accepted.map((row) => row.record);
  return { ...dataset, schools };
}

describe('the embedded names, placed when the app is built', () => {
  it('are exactly the names the map places for the embedded data', () => {
    const { district, townships, seats, schools } = embedded();
    const districtLabel = districtLabelFeatures(district, seats);
    expect(districtLabel.features).toHaveLength(1);
    expect(placedDistrictLabel(district, seats)).toStrictEqual(districtLabel);
    const placed = placedTownshipLabels(seats, townships, schools, district);
    expect(placed?.features.length).toBeGreaterThan(20);
    expect(placed).toStrictEqual(townshipLabelFeatures(seats, townships, schools, districtLabel));
  });

  it('are not used once a school moves, changes type or is added', () => {
    const { district, townships, seats, schools } = embedded();
    const [first, ...rest] = schools;
    if (!first) throw new Error('no school');
    expect(
      placedTownshipLabels(seats, townships, [{ ...first, lon: first.lon + 1e-9 }, ...rest], district),
    ).toBeNull();
    const otherType = first.type === '小学' ? '初中' : '小学';
    expect(
      placedTownshipLabels(seats, townships, [{ ...first, type: otherType }, ...rest], district),
    ).toBeNull();
    expect(placedTownshipLabels(seats, townships, [...schools, first], district)).toBeNull();
    expect(placedTownshipLabels(seats, townships, [...schools], district)).not.toBeNull();
  });

  it('are not used for other outline, townships or seats objects, even equal ones', () => {
    const { district, townships, seats, schools } = embedded();
    const other = embedded();
    expect(placedTownshipLabels(structuredClone(seats), townships, schools, district)).toBeNull();
    expect(placedTownshipLabels(seats, structuredClone(townships), schools, district)).toBeNull();
    expect(placedTownshipLabels(seats, townships, schools, other.district)).toBeNull();
    expect(placedDistrictLabel(other.district, seats)).toBeNull();
    expect(placedDistrictLabel(district, structuredClone(seats))).toBeNull();
    // Each load's own objects have the names too.
    expect(placedDistrictLabel(other.district, other.seats)).not.toBeNull();
  });

  it('are what the map takes for the embedded data, and it places them itself after a move', () => {
    const { district, townships, seats, schools } = embedded();
    const districtLabel = districtLabelOf(district, seats);
    expect(districtLabel).toBe(placedDistrictLabel(district, seats));
    const placed = placedTownshipLabels(seats, townships, schools, district);
    expect(townshipLabelsOf(seats, townships, schools, district, districtLabel)).toBe(placed);
    const [first, ...rest] = schools;
    if (!first) throw new Error('no school');
    const moved = [{ ...first, lon: first.lon + 0.05 }, ...rest];
    const made = townshipLabelsOf(seats, townships, moved, district, districtLabel);
    expect(made).not.toBe(placed);
    expect(made).toStrictEqual(townshipLabelFeatures(seats, townships, moved, districtLabel));
  });

  it('key the schools by type and place, in order', () => {
    const a = { type: '小学', lon: 109.6, lat: 23.1 };
    const b = { type: '初中', lon: 109.7, lat: 23.2 };
    expect(schoolsKey([a, b])).toBe('小学,109.6,23.1;初中,109.7,23.2');
    expect(schoolsKey([b, a])).not.toBe(schoolsKey([a, b]));
  });
});
