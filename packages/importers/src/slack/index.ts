export { readSlackExport, slackImporter } from './slack.importer';
export { readExportMember } from './export-member';
export { ArchiveError } from './export-archive';
