import type { ioBoundaryOnDemandZh } from '../../zh-CN/on-demand/io-boundary.ts';

/**
 * English texts of reading boundary files: projections, features, rings, Shapefile archives, the keys of `zh-CN/on-demand/io-boundary.ts`.
 *
 * The part of this section that only code loaded with the on-demand texts names (`lazyScreen`,
 * `withOnDemandTexts`).
 */
export const ioBoundaryOnDemandEn: Record<keyof typeof ioBoundaryOnDemandZh, string> = {
  boundaryMagnitudeGeographic: 'the numbers look like longitude and latitude (degrees)',
  boundaryMagnitudeZonePrefix:
    'the numbers look like Gauss-Krüger coordinates in metres with the zone number in the easting',
  boundaryMagnitudeProjected:
    'the numbers look like Gauss-Krüger coordinates in metres without the zone number',
  boundaryMagnitudeUnknown: 'the numbers do not show whether they are degrees or projected metres',
  boundaryChooseProjectionBecause: '{reason}; {magnitude}. Please choose the coordinate system',
  boundaryFeature: 'Feature {number}',
  boundaryFeatureNamed: 'Feature {number} ({name})',
  boundaryOuterRing: 'the outer ring',
  boundaryInnerRing: 'inner ring {number}',
  boundaryRingCrossesItself: '{ring} crosses itself near {where}',
  boundaryRingsCross: '{ring} crosses {other} near {where}',
  boundaryPartCrossing: 'in part {part}, {crossing}',
  boundarySelfCrossingSkipped:
    '{feature}: its boundary crosses itself ({where}) and cannot be repaired here; the feature was left out. Please repair it in GIS software and import again',
  boundarySelfCrossingSplit:
    '{feature}: its boundary crosses itself ({where}); it was split at the crossing into {parts} simple polygons. Please check',
  boundaryProjectionUnusable: 'The coordinate system “{projection}” cannot be used',
  boundaryFeatureNoGeometry: 'Feature {number} has no geometry and was left out',
  boundaryOutsideChina:
    'Read as “{projection}”, the coordinates do not lie in China; the coordinate system may be wrong',
  boundaryNoPolygons: '{file} holds no usable polygon features (Polygon/MultiPolygon)',
  boundaryNoPolygonsBecause: '{file} holds no usable polygon features (Polygon/MultiPolygon): {reasons}',
  boundaryFileProblem: '{file}: {problem}',
  boundaryNoShp:
    '{file} holds no .shp file; please zip the .shp, .dbf, .prj (and .cpg) of the same name together',
  boundaryNotPolygonLayer: 'The layer in {file} is not a polygon layer and cannot serve as boundaries',
  boundaryManyLayers: 'The archive holds {count} polygon layers; only {layer} was read',
  boundaryNoDbf: 'No attribute table (.dbf): townships cannot be matched by name or code',
  boundaryShpUnreadable: '{file}: {layer} cannot be read ({reason})',
  boundaryChosenProjectionUnknown: 'The chosen coordinate system “{projection}” is not recognised',
  boundaryNoPrj: '{file} holds no coordinate-system file (.prj)',
  boundaryPrjUnknown: 'The coordinate system in the .prj file is not recognised',
  boundaryNoFeatures: '{file} is not GeoJSON with features',
  boundaryFeatureNotPolygon: 'Feature {number} is not a polygon ({type}) and was left out',
  boundaryFeatureIncomplete:
    'Feature {number} has incomplete coordinates (every ring needs at least 4 points of two numbers each) and was left out',
  boundaryCrsUnknown: 'The coordinate system “{projection}” named in the GeoJSON is not recognised',
  boundaryNoProjection:
    '{file} names no coordinate system, and its coordinates are not longitude and latitude',
  boundaryZipShapefile:
    'Please zip the Shapefile’s .shp, .dbf, .prj (and .cpg) files together and import the zip',
  projectionCgcs2000Geographic: 'CGCS2000 longitude–latitude (EPSG:4490)',
  projectionWgs84Geographic: 'WGS84 longitude–latitude (EPSG:4326)',
  projectionThreeDegreeZone:
    'CGCS2000 3° zone {zone} (central meridian {meridian}°, zone number in the easting)',
  projectionThreeDegreeMeridian: 'CGCS2000 3° zone, central meridian {meridian}° (no zone number)',
  projectionSixDegreeZone:
    'CGCS2000 6° zone {zone} (central meridian {meridian}°, zone number in the easting)',
  projectionSixDegreeMeridian: 'CGCS2000 6° zone, central meridian {meridian}° (no zone number)',
};
