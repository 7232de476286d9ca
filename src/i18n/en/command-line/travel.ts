import type { travelCommandLineZh } from '../../zh-CN/command-line/travel.ts';

/**
 * English texts of travel time on roads: the keys of `zh-CN/travel.ts`.
 *
 * The part of this section that only the command line writes.
 */
export const travelCommandLineEn: Record<keyof typeof travelCommandLineZh, string> = {
  travelSampleMark: ' (sample data, not real roads)',
  travelCliRoadOptions: `  --roads FILE        road network GeoJSON or zipped Shapefile (lines; class, speed and name fields found
                      by their names); with it, distances are travel times on roads
  --mode MODE         walk (default), bike or bus
  --barriers FILE     barrier lines (rivers, reservoirs; lines or polygons), crossed on roads only;
                      default {barrier} (the Yu River), none for no barrier
  --crs SYSTEM        the coordinate system of road and barrier files that do not say, e.g. EPSG:4525`,
  travelCliNeedsRoads: 'The options --mode and --barriers need a road network file with --roads',
  travelCliChooseCrs: 'Name the coordinate system with --crs, one of: {candidates}',
  travelCliRoadSummary:
    '{file}: {lines} roads read{sample}, {rejected} features not read; {looseEnds} line ends within 5 m of another road without joining it; the network falls into {parts} separate parts',
  travelCliUsage: `Usage: npm run atlas -- travel --kind KIND --roads ROADS [options]

Travel time by road (minutes) from every population point to its nearest school of a kind: a straight
leg at 3 km/h to the nearest road not across a barrier, then along the roads at the mode’s speed.
One row per point: name, longitude, latitude, minutes, nearest school code (the last two empty when
unreachable). Inputs not given are the embedded defaults of Gangnan (sample data, modelled population).
Output: CSV in UTF-8 with a byte-order mark.

Options:
  --kind KIND         {kinds} (required)
{roadOptions}
{inputOptions}
  --coords SYSTEM     input coordinates wgs84 (default), gcj02 or bd09 (roster and population points)
  --sheet SHEET       the sheet of an XLSX roster, by name or number
  --encoding NAME     the encoding of a text roster (e.g. gb18030); found by itself when not given
  --out FILE          write to a file instead of standard output
  --help              show this text

Exit status: 0 done; 1 an input file cannot be read at all; 2 a mistake in the options.`,
  travelCliUnknownKind:
    'The option --kind must be one of kindergarten, primary, middle, high, special (or their Chinese names); found {kind}',
  travelCliNeedsRoadsFile: 'The travel command needs a road network file with --roads',
  travelCliDone:
    'Travel times done ({mode}): {points} population points, {reached} reach a {kind} school ({schools} in all), {unreachable} cannot{out}',
  travelCliWrittenTo: '; written to {out}',
};
