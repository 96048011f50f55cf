export { opsgenieImporter } from './opsgenie.importer';
export { opsgenieActions } from './opsgenie-actions';
