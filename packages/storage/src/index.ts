export * from './store-options';
export { openStore, migrateStore } from './open-store';
export { migrations } from './migrations';
export { createFolderBlobStore } from './blobs/folder-blob-store';
export { openStoreWithArchive } from './archive/open-store-with-archive';
