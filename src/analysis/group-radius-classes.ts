/**
 * Areas grouped by the radii they apply to every kind, for a stamp lattice: areas of one class
 * share the radius of every kind, so a stamp of one class has one radius. Two classes in practice
 * (urban and rural); the points in no area take the radii of their own group.
 */

/** The classes: of each area, and each kind's radius per class. */
export interface RadiusClasses {
  /** Class of every area, and at the last index of the points in no area; −1 where no kind has a radius. */
  classOfArea: Int32Array;
  /** Per kind (in the order given), its radius for each class (NaN: none). */
  radiusOfClass: Float64Array[];
}

/**
 * Groups areas by their radii over all kinds (NaN equal to NaN; areas with no radius for any kind
 * get class −1 and are not stamped).
 * @param radiusOfAreaByKind per kind, the radius of every area and, last, of the points in no area
 * @example groupRadiusClasses([Float64Array.of(2500, 500, 2500), Float64Array.of(NaN, NaN, NaN)]).classOfArea // [0, 1, 0]
 */
export function groupRadiusClasses(radiusOfAreaByKind: readonly Float64Array[]): RadiusClasses {
  const groups = radiusOfAreaByKind[0]?.length ?? 0;
  const classOfArea = new Int32Array(groups).fill(-1);
  const classByKey = new Map<string, number>();
  const representatives: number[] = [];
  for (let area = 0; area < groups; area++) {
    const radii = radiusOfAreaByKind.map((radii) => radii[area] ?? Number.NaN);
    if (radii.every((radius) => !(radius >= 0) || !Number.isFinite(radius))) continue;
    const key = radii.join(' ');
    let found = classByKey.get(key);
    if (found === undefined) {
      found = representatives.length;
      classByKey.set(key, found);
      representatives.push(area);
    }
    classOfArea[area] = found;
  }
  return {
    classOfArea,
    radiusOfClass: radiusOfAreaByKind.map((radii) =>
      Float64Array.from(representatives, (area) => radii[area] ?? Number.NaN),
    ),
  };
}
