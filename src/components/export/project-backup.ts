/** The project backup's store side, where the export dialog has always found it. */
export {
  type BackupDefaults,
  type BackupSource,
  exportFileName,
  planRestore,
  projectContentsOf,
  type RestorePlan,
  readRadii,
  readScenario,
} from '../../store/project-backup.ts';
