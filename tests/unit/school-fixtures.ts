/** Small hand-made schools, candidate sites and townships for unit tests. */
import type { CandidateSite } from '../../src/domain/candidate.ts';
import { makeSchoolRecord, type School } from '../../src/domain/school.ts';
import type { TownshipCollection } from '../../src/domain/township.ts';

/** A school with defaults for every field not given. */
export function makeSchool(fields: Partial<School> & Pick<School, 'code' | 'name'>): School {
  return makeSchoolRecord({ type: '小学', lon: 109.5, lat: 22.5, ...fields });
}

/** A candidate site (a public primary school with the kind's radius) with the fields given. */
export function makeCandidate(
  fields: Partial<CandidateSite> & Pick<CandidateSite, 'id' | 'lon' | 'lat'>,
): CandidateSite {
  return {
    name: `候选点 ${fields.id}`,
    type: '小学',
    ownership: '公办',
    boarding: false,
    central: false,
    radius: null,
    origin: 'manual',
    note: '',
    ...fields,
  };
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
