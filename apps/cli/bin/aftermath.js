#!/usr/bin/env node
// Runs the TypeScript sources directly: no build step after npm install.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
await main(process.argv);
