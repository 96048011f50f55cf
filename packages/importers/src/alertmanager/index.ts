export { alertmanagerImporter } from './alertmanager.importer';
