export type {
  ArchivedRow,
  ArchiveRow,
  ArchiveValue,
  DatabaseArchive,
  TableCounts,
} from './archive-port';
export { archiveVersion, type ArchiveHeader } from './archive-format';
export { backupWorkspace, type BackupOptions, type BackupReport } from './backup-workspace';
export { restoreWorkspace, type RestoreOptions, type RestoreReport } from './restore-workspace';
