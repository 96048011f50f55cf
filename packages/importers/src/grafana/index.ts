export { grafanaImporter } from './grafana.importer';
