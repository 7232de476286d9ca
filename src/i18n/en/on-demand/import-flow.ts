import type { importFlowOnDemandZh } from '../../zh-CN/on-demand/import-flow.ts';

/**
 * English texts of the import flow: likely duplicates, strict backup checks, the CLI's boundary input.
 *
 * The part of this section that only the screens loaded on demand show (`lazyScreen`).
 */
export const importFlowOnDemandEn: Record<keyof typeof importFlowOnDemandZh, string> = {
  mergeMerged: '{count} merged into existing schools',
  mergeDropped: '{count} likely duplicates not imported',
  duplicatesTitle:
    '{count} schools look like schools already in the roster (same name in the same township, or the same type less than {metres} m apart). Choose what to do with each:',
  duplicatesAll: 'All:',
  duplicateMerge: 'Merge into the existing school',
  duplicateKeep: 'Import as a new school',
  duplicateDrop: 'Do not import',
  duplicateRow: 'Row',
  duplicateIncoming: 'School in the file',
  duplicateExisting: 'Already in the roster',
  duplicateDecision: 'Action',
  duplicateSameName: 'Same name, same township',
  duplicateNearby: 'Both {type}, {metres} m apart',
  duplicatesMore: '{count} more not listed; use “All” above to decide for them.',
  duplicateReason: 'Why',
  projectRosterInvalid: 'School roster: {problem}',
  projectRefusedProblems:
    '{file} was not restored; nothing in the app has changed. The file has {count} problems:',
  projectTownshipInvalid: 'Township boundaries, feature {number}: {problem}',
  projectTownshipNotCollection: 'The township boundaries are not a FeatureCollection',
  projectTownshipNoCode: 'Township code or name missing',
  projectTownshipNotPolygon: 'Geometry is not a Polygon or MultiPolygon',
  projectTownshipBadRing:
    'Ring {ring} has invalid coordinates (it must be closed, with at least 4 points, longitude −180 to 180, latitude −90 to 90)',
  projectTownshipBadFlag: '“{field}” must be true or false',
  projectPopulationInvalid: 'The population is incomplete (source, label or lists missing)',
  projectPopulationPointInvalid: 'Population, settlement {number}: {problem}',
  projectPopulationTownshipInvalid: 'Population, township {number}: {problem}',
  projectPopulationNotCount: '“{field}” must be a finite number of at least 0, not {value}',
  projectFieldPopulation: 'population',
  projectFieldSchoolAgePopulation: 'school-age population',
  projectFieldUrban: 'urban',
  projectFieldApproximate: 'approximate',
  projectPositionInvalid: 'Coordinates must be numbers: longitude −180 to 180, latitude −90 to 90',
  projectRulesInvalid: 'The rule set is wrong: {problems}',
  projectBasemapInvalid:
    'The basemap setting is malformed (it should be no basemap, a basemap file name or a configured basemap service)',
  projectRadiiInvalid:
    'The service radii are wrong (each kind’s urban and rural radius must be a number of at least 0, or empty)',
  projectScenarioInvalid: 'The scenario is wrong (current or planned, with a whole year)',
  projectCandidatesInvalid: 'Candidate site {number} is malformed',
  projectCandidatesNotList: 'The candidate sites are not a list',
};
