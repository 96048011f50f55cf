export {
  chatImporter,
  createChatImporter,
  type ChatImporterDefaults,
  type ChatImportOptions,
} from './chat.importer';
export { parseChatLine, parseDateLine, type ChatLineHead, type ChatStamp } from './chat-line';
