import type { travelOnDemandZh } from '../../zh-CN/on-demand/travel.ts';

/**
 * English texts of travel time on roads: the keys of `zh-CN/travel.ts`.
 *
 * The part of this section that only the screens loaded on demand show (`lazyScreen`).
 */
export const travelOnDemandEn: Record<keyof typeof travelOnDemandZh, string> = {
  travelFeatureIssue: '{file} feature {feature} {name}: {reason}',
  travelFeatureName: ' ({name})',
  optimiseRadiusNotByRoad:
    'By road time there is no single radius: each stage’s minutes on foot, by bike or by bus come from the rule set. Leave the radius out or use straight-line distance',
  optimiseDistanceNotByRoad:
    'The shortest-mean-distance objective measures straight-line metres and cannot run by road time; choose most population covered or fewest new schools, or switch to straight-line distance',
  suggestByRoad: 'Coverage by road time: {threshold} (set in the rule set).',
  seatLegendGapNoSchoolByRoad: 'No school of the stage within the time by road',
  seatLegendGapFullByRoad: 'Schools within the time by road full',
  travelObjectiveDistanceByRoad:
    '“{objective}” is not available by road time: the mean distance is measured in straight-line metres; choose another objective or the straight line',
  travelOverviewCoverageTitle: 'Population within the time threshold ({legend})',
  travelChartTitle: '{kind} coverage within the time threshold by township ({legend})',
  travelChartDescription:
    'Share of each township within the {kind} time threshold ({legend}), today and with the plan built, target {goal}',
  travelPresentationThreshold: 'threshold {radius}',
  importTabRoads: 'Roads',
  importRoadFormats: 'GeoJSON (lines), zipped Shapefile',
  roadIntroTitle: 'Import a road network',
  roadIntro:
    'Import the county’s roads (lines) to measure coverage by travel time on roads. GeoJSON and zipped Shapefiles (CGCS2000 degrees or Gauss–Krüger) are read; the fields holding the road class (national, provincial, county, township, village), speed and name are found by themselves and can be chosen by hand. Lines join only at identical vertices. A sample network is docs/examples/gangnan-roads-sample.geojson (generated, not real roads).',
  roadReading: 'Reading the road network…',
  roadFieldsTitle: 'Fields',
  roadFieldsHelp:
    'The road class sets the school bus’s speed; a speed limit (km/h) comes before the class’s speed; the name is used in the report.',
  roadClassField: 'Road class',
  roadSpeedField: 'Speed limit',
  roadNameField: 'Name',
  roadCountFeatures: 'Features',
  roadCountLines: 'Roads read',
  roadCountWarned: 'With warnings',
  roadCountRejected: 'Not read',
  roadClassColumn: 'Class',
  roadLinesColumn: 'Lines',
  roadKilometresColumn: 'km',
  roadParts: 'The network falls into {parts} separate parts; the largest holds {share} of its length.',
  roadUnknownClasses: 'These class values are not understood and count as other: {values}',
  roadEmptyValue: '(empty)',
  roadLooseEndsTitle: 'Line ends within 5 m of another road without joining it: {count}',
  roadLooseEndsHelp:
    'Lines join only at identical vertices. These ends share no vertex with the road beside them and do not join it; if they meet on the ground, add the shared vertex in your GIS and import again.',
  roadLooseEnd: 'The end of feature {feature} lies {metres} m from feature {other} ({lon}, {lat})',
  roadSampleNote: 'This is the sample road network (generated, not real roads), for demonstration only.',
  roadReplaces: 'It replaces the current network ({file}).',
  roadCommit: 'Import the network ({lines} roads)',
  roadDoneTitle: 'Road network imported',
  barrierTitle: 'Barriers (rivers, reservoirs)',
  barrierHelp:
    'Lines crossed on roads only: river centrelines and banks, reservoir outlines (lines or polygons). The Yu River’s centreline is there by default; barriers imported here are used as well.',
  barrierRejected: '{file}, feature {feature} left out: {reason}',
  barrierCounts: '{features} features; {lines} lines read.',
  barrierAdds: 'Once added, used with the {layers} barrier layers already in use.',
  barrierIntro:
    'Rivers, reservoirs and other lines crossed on roads only. The Yu River’s centreline is there by default; barriers imported here are used with it, and can be undone.',
  importTabBarriers: 'Barriers',
  barrierCommit: 'Add the barrier ({lines} lines)',
  travelDistanceTitle: 'Distance',
  travelStraight: 'Straight line',
  travelRoad: 'Road time',
  travelModeLabel: 'Mode',
  travelNetworkInfo: 'Road network: {file} ({lines} roads)',
  travelSampleBadge: 'Sample',
  travelNoRoads: 'No road network yet: import one under Import → Roads to measure by road time.',
  travelRoadNeedsNetwork:
    'The link asks for road time, but no road network is loaded: the straight line is used for now.',
  travelLayerIsochrones: 'Isochrones ({bands} min)',
  travelLayerRoads: 'Roads',
  travelBarriersTitle: 'Barriers (crossed on roads only)',
  travelBarrierItem: '{file} (lines: {lines}; {source})',
  travelThresholdSources: 'Urban: {urban}; rural: {rural}',
  travelBarrierRemove: 'Remove',
  travelNoBarriers: 'None',
  travelThresholdsTitle: 'Time thresholds {mode} (minutes)',
  travelToolSetting: 'the tool’s setting (not a standard)',
  travelMinutesRange: 'Enter minutes above 0 and at most 600',
  travelSpeedsLine: 'Speeds (km/h): {speed}; off the road {offRoad} ({note})',
  travelMedianColumn: 'Median travel time ({kind})',
  travelDistrictCoverage: 'District coverage ({kind}, {legend}): {share}',
  travelPrintAnalysisHeading: '{heading} ({legend})',
  travelPrintGapsOf: 'Population beyond the {kind} time threshold',
  travelPrintCoverageRow: '{kind} coverage ({legend}, within {minutes} min)',
  travelPrintSubtitle: '{scenario} · {kind} coverage ({legend})',
  travelHeaderThreshold: '{kind} time threshold (min)',
  travelHeaderMedianTime: '{kind} median travel time (min)',
  travelContextDistance: 'Distance: {legend}',
  travelDocumentsMinutes: '{minutes} min',
  travelDocumentsCoverageCaption: 'Population within the time threshold by township ({scenario}, {legend})',
  travelDocumentsCoverageText:
    'Coverage is the share of a township’s population whose nearest school of the kind is reached by road within the time threshold ({legend}); people who cannot reach a school by road count as not covered; the target share {target} is a setting of this tool, not a figure of the plan.',
  travelDocumentsCoverageLine:
    '{kind}: {share} within the time threshold ({legend}), {uncovered} people outside',
  travelDocumentsTownshipSlideTitle: '{township}: rule checks and travel-time coverage',
  travelAnalysisKind: 'Travel-time analysis',
  travelCirclesHidden: 'Under road time the service circles are not drawn: the isochrones stand in for them',
  travelClassNational: 'national road',
  travelClassProvincial: 'provincial road',
  travelClassCounty: 'county road',
  travelClassTownship: 'township road',
  travelClassVillage: 'village road',
  travelClassOther: 'other',
  travelValueCount: '{value} ({count})',
  seatWithoutSeatNoSchoolByRoad: 'of them: no school within the time by road',
  seatMaximumNoteByRoad:
    'Any assignment within the times by road could seat at most {maximum}; nearest first seats {gap} fewer',
  travelImportRefused: '{reason}',
};
