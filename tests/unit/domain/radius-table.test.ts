/** `radiusOf` answers as `serviceRadius` does, for the default radii and for radii edited to other values and to district-wide. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SERVICE_RADII,
  radiusOf,
  SERVICE_KINDS,
  serviceRadius,
  withServiceRadius,
} from '../../../src/domain/radius.ts';

describe('radiusOf', () => {
  it('gives every kind’s urban and rural radius, null where district-wide', () => {
    const edited = withServiceRadius(
      withServiceRadius(DEFAULT_SERVICE_RADII, 'primary', 'rural', 3100),
      'kindergarten',
      'urban',
      null,
    );
    for (const radii of [DEFAULT_SERVICE_RADII, edited]) {
      const radius = radiusOf(radii);
      for (const kind of SERVICE_KINDS)
        for (const urban of [true, false])
          expect(radius(kind, urban)).toBe(serviceRadius(radii, kind, urban));
    }
    expect(radiusOf(edited)('primary', false)).toBe(3100);
    expect(radiusOf(edited)('kindergarten', true)).toBeNull();
    expect(radiusOf(edited)('high', false)).toBeNull();
  });
});
