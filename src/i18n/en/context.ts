/** English texts of the map as a place to think in: search, basemaps, reference layers, labels. */
export const contextEn = {
  placeSearchPlaceholder: 'Find a township, school or village (name, code or pinyin)',
  placeSearchLoading: 'Preparing the pinyin index…',
  placeSearchNoResult: 'No township, school or village matches',
  placeSearchGroupTownship: 'Townships',
  placeSearchGroupSchool: 'Schools',
  placeSearchGroupVillage: 'Villages and communities',
  placeSearchMore: '{count} more; type more to narrow the list',
  placeSearchHidden: 'hidden by the filters',
  placeSearchHiddenSummary: '{count} matching schools are hidden by the current filters',
  placeSearchClearFilters: 'Clear filters',
  placeSearchVillageNoPlace: '{township} · no point imported; shows its township',
  placeSearchVillagePlaced: '{township} · point from the layer “{layer}”',
  referenceErrorTooLarge:
    '{file} is {megabytes} MB, above the {limit} MB limit for a reference layer; clip it to the district or simplify it first',
  referenceErrorInflatedTooLarge:
    '{file} unpacks to {megabytes} MB, above the {limit} MB limit for a reference layer; clip it to the district or simplify it first',
  referenceErrorFormat:
    '{file} is not a reference layer file the atlas reads; use GeoJSON (.geojson, .json), a zipped Shapefile (.zip) or KML/KMZ',
  referenceErrorJson: '{file} is not valid GeoJSON: {reason}',
  referenceErrorNotGeojson: '{file} holds no GeoJSON features (a FeatureCollection, a Feature or a geometry)',
  referenceErrorZip: '{file} cannot be unpacked: {reason}',
  referenceNotZip: 'not a valid zip archive',
  referenceErrorNoShp:
    '{file} holds no .shp or .kml file; zip a Shapefile with its .shp, .dbf, .prj (and .cpg) of the same name',
  referenceErrorShp: '{file}: {shape} cannot be read ({reason})',
  referenceErrorKml: '{file} is not a valid KML file: {reason}',
  referenceErrorNoKml: '{file} holds no .kml file',
  referenceErrorTooManyVertices:
    '{file} has {count} vertices, above the {limit}-vertex limit for a reference layer; clip it to the district or simplify it first',
  referenceErrorNoFeatures:
    '{file} has no feature that can be imported ({rejected} features failed the checks)',
  referenceErrorUnknownProjection: 'The coordinate system “{projection}” is not recognised; choose again',
  referenceNeedsProjection:
    'The coordinates of {file} are not longitudes and latitudes, and the file does not say its coordinate system (no .prj or crs); choose one',
  referenceErrorUnexpected: '{file} could not be read: {reason}',
  referenceRejectedNoGeometry: 'Feature {number}{name} has no geometry',
  referenceRejectedGeometryType:
    'Feature {number}{name} is a {type}, which is not supported (points, lines and polygons only)',
  referenceRejectedCoordinates: 'Feature {number}{name} has coordinates that are not valid numbers',
  referenceRejectedOutside:
    'Feature {number}{name} lies outside China ({lon}, {lat}); check the coordinate system',
  referenceWarningOtherLayers: 'The archive holds {count} layers; only {shape} was read',
  referenceWarningNoDbf:
    'The archive has no attribute table (.dbf): the features have no attributes and no labels',
  basemapErrorTileType:
    'The tiles of {file} are of a type the map cannot draw ({type}); use vector (MVT) or PNG, JPEG or WebP tiles',
  basemapErrorNotArchive: '{file} is not a PMTiles basemap the atlas can read ({reason})',
  configErrorJson: 'The deployment file {file} is not valid JSON ({reason}); running with the defaults',
  configErrorNotObject: 'The deployment file {file} should be a JSON object; running with the defaults',
  configErrorVersion:
    'The deployment file {file} has no valid version ({version}); running with the defaults',
  configErrorNewer:
    'The deployment file {file} is version {version}; this app reads version {supported}. Update the app; running with the defaults',
  configUnknownKey: 'The deployment file {file} has a setting this version does not know, “{key}”; ignored',
  configBasemapsNotList: 'In the deployment file {file}, basemaps should be a list; ignored',
  configBasemapInvalid: 'In the deployment file {file}, basemap {number} is not an object; ignored',
  configBasemapNoId: 'In the deployment file {file}, basemap {number} has no id; ignored',
  configBasemapDuplicate: 'In the deployment file {file}, basemap {number} repeats the id “{id}”; ignored',
  configBasemapNoLayers:
    'In the deployment file {file}, the basemap “{basemap}” has no usable layer; ignored',
  configBasemapNoAttribution:
    'In the deployment file {file}, the basemap “{basemap}” has no attribution: prints will not credit it',
  configLayerInvalid:
    'In the deployment file {file}, layer {number} of the basemap “{basemap}” is not an object; ignored',
  configLayerNoUrl:
    'In the deployment file {file}, layer {number} of the basemap “{basemap}” has no url; ignored',
  configLayerType:
    'In the deployment file {file}, layer {number} of the basemap “{basemap}” has an unknown type “{type}” (xyz, wmts or pmtiles); ignored',
  configLayerBadUrl:
    'In the deployment file {file}, layer {number} of the basemap “{basemap}” has an invalid address: {url} (an xyz address needs {z}, {x} and {y}, a wmts address {TileMatrix}, {TileRow} and {TileCol}); ignored',
  configDefaultUnknown:
    'In the deployment file {file}, defaultBasemap “{id}” is not a configured basemap; ignored',
  configLayerUnreadable: 'The PMTiles file of the configured basemap “{basemap}” cannot be read: {reason}',
  configFetchFailed: 'The deployment file {file} could not be loaded ({reason}); running with the defaults',
  referenceLayersLeftOut: '{count} reference layers of the project were malformed and left out',
} as const;
