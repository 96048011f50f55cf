export { cloudeventsImporter } from './cloudevents.importer';
export { classifyEventType, type EventTypeReading } from './classify-event-type';
