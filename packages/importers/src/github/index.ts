export { createGitHubImporter, githubImporter, type GitHubDeliveryHints } from './github.importer';
export { deploymentStatePhrases } from './deployment-events';
export { githubEvents, identifyEvent, type GitHubEvent } from './github-body';
