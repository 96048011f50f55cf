export { buildServer, startServer, type RunningServer, type ServerOptions } from './app';
export { productVersion } from '@aftermath/core';
export { createPrometheusClient } from './jobs/prometheus-client';
