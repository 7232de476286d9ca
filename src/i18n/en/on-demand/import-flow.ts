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
};
