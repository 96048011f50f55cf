export { readWebhookRoutingFile, renderWebhookRoutingFile } from './read-routing-file';
