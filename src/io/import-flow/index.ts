/**
 * The import flow's public face: the one place outside src/io that the screens import io from
 * (checked by `npm run lint`). Every file the user brings goes read (in the import worker) →
 * options and review → commit as one undoable store action; the steps here are pure, the
 * session and the commit are the store's import slice, the worker is `workers/import.worker.ts`.
 * Besides the flow, this face gives the screens what they show of a read (file facts, the row
 * report, its CSV downloads) and the writers of the export dialog.
 */

export { type ReferenceField, referenceFields } from '../../domain/reference-fields.ts';
export { DEFAULT_ATLAS_CONFIG } from '../atlas-config.ts';
export { COORDINATE_SYSTEMS, type CoordinateSystem } from '../convert-coordinates.ts';
export type { GuessedEncoding } from '../decode-text.ts';
export { ENCODING_NAMES, encodingName } from '../decode-text.ts';
export { DELIMITER_NAMES } from '../detect-delimiter.ts';
export { describeCoordinateSystemHint } from '../guess-coordinate-system.ts';
export type { ImportResult, RejectedRow, RowIssue } from '../import-result.ts';
export { formatRowIssue, formatRowIssueInFile } from '../import-result.ts';
export { outsideDistanceMessage } from '../measure-distance-outside.ts';
// Publishing (导出 → 发布一张图): the packed folder and the published data's manifest.
export {
  APP_FILE_LIST,
  packPublication,
  publicationExtraFiles,
  readAppFileList,
} from '../pack-publication.ts';
export { SETTLEMENT_POPULATION_COLUMNS, TOWNSHIP_POPULATION_COLUMNS } from '../population-columns.ts';
export { exportFileName, projectContentsOf, type RestorePlan } from '../project-backup.ts';
export { serializeProject } from '../project-file.ts';
export { publicationDay } from '../publish-manifest.ts';
export type { BarrierFileResult } from '../read-barrier-file.ts';
export type { BoundaryFileResult } from '../read-boundary-file.ts';
/**
 * Read outside the flow for now: the suggestion form reads its candidate parcel list itself, on
 * the main thread; it is to become a descriptor of its own.
 */
export { type CandidateSiteRow, readCandidateSites } from '../read-candidate-sites.ts';
/** The school form checks one school with the roster's own checks (a one-row roster). */
export { readPosition } from '../read-position.ts';
export type { ReferenceLayerRead } from '../read-reference-layer.ts';
export type { RoadNetworkReport, RoadNetworkResult } from '../read-road-network.ts';
export { readRoster } from '../read-roster.ts';
export { REQUIRED_ROSTER_COLUMNS } from '../read-roster-rows.ts';
export { rejectedRowsCsv } from '../rejected-rows-csv.ts';
export { rosterCells } from '../roster-cells.ts';
export { serializeRuleSet } from '../rule-set-file.ts';
export type { SourceRow } from '../source-table.ts';
export type { ImportReport, RowStatus } from '../summarise-import.ts';
export { buildImportReport, summariseImport } from '../summarise-import.ts';
export type { KnownTownship, TownshipMatch } from '../to-townships.ts';
export {
  type BasemapToPublish,
  basemapPublishNote,
  publishedDeploymentFiles,
} from '../write-atlas-config.ts';
export { writeCsv } from '../write-csv.ts';
export { writePublishedData } from '../write-published-data.ts';
export { writeRosterCsv } from '../write-roster-csv.ts';
export { writeRosterGeoJson } from '../write-roster-geojson.ts';
export { writeRosterXlsx } from '../write-roster-xlsx.ts';
export { BIRTHS_COLUMNS } from './births-columns.ts';
export { birthsSummary } from './births-summary.ts';
export { knownTownshipsFor } from './boundary-import.ts';
export {
  IMPORT_DESCRIPTORS,
  type ImportDescriptor,
  type ImportDone,
  type ImportReviews,
} from './descriptors.ts';
export { DUPLICATE_DISTANCE_METRES, type LikelyDuplicate } from './find-likely-duplicates.ts';
export {
  IMPORT_KINDS,
  type ImportChange,
  type ImportChoices,
  type ImportContext,
  type ImportKind,
  type ImportReadOptions,
  type ImportReads,
  type PickedFile,
  type PopulationTableKind,
  type ReferenceChoices,
} from './import-kinds.ts';
export {
  type DuplicateDecision,
  defaultDuplicateDecision,
  type MergeMode,
  type MergeReport,
} from './merge-roster.ts';
export { importKindForFile, readPickedFile } from './picked-file.ts';
export { type ReferenceReview, withReferenceKind } from './reference-import.ts';
export type { BarrierReview, RoadReview } from './road-import.ts';
