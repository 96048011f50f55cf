export { loadDemoWorkspace, type DemoLoadResult } from './load-demo';
