export { genericDeployImporter } from './generic-deploy.importer';
export { deployKinds, type DeployKind } from './deploy-event';
