import { loadDemoWorkspace, type Context } from '@aftermath/core';
import type { Handlers } from '../register-routes';

/** Loads the demo workspace into an empty instance (a no-op answer when it has incidents). */
export function demoHandlers(ctx: Context): Pick<Handlers, 'loadDemo'> {
  return {
    loadDemo: ({ principal }) => loadDemoWorkspace(ctx, principal),
  };
}
