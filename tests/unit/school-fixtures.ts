/** Small hand-made schools and townships for unit tests. */
import { makeSchoolRecord, type School } from '../../src/domain/school.ts';
import type { TownshipCollection } from '../../src/domain/township.ts';

/** A school with defaults for every field not given. */
export function makeSchool(fields: Partial<School> & Pick<School, 'code' | 'name'>): School {
  return makeSchoolRecord({ type: '小学', lon: 109.5, lat: 22.5, ...fields });
}

/** Two unit squares side by side: 甲镇 (109–110 E) and 乙街道 (110–111 E), 22–23 N. */
export const TWO_TOWNSHIPS: TownshipCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { code: '450803100', name: '甲镇', urban: false, approximate: true },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [109, 22],
            [110, 22],
            [110, 23],
            [109, 23],
            [109, 22],
          ],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { code: '450803001', name: '乙街道', urban: true, approximate: true },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [110, 22],
            [111, 22],
            [111, 23],
            [110, 23],
            [110, 22],
          ],
        ],
      },
    },
  ],
};
