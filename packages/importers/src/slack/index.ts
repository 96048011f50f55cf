export { readSlackExport, slackImporter } from './slack.importer';
