export * from './find-similar';
export * from './similarity-document';
