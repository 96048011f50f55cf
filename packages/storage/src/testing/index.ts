export { testDialects, isCi, type TestDialect } from './test-dialects';
export { openTestStore, type TestStore } from './open-test-store';
export { describeEachDialect, type DialectSuite } from './describe-each-dialect';
