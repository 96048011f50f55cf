export { kubernetesImporter } from './kubernetes.importer';
export { workloadService } from './workload-name';
