import {
  getJointPostmortem,
  getJointTimeline,
  linkIncidents,
  unlinkIncident,
  type Context,
} from '@aftermath/core';
import type { Handlers } from '../register-routes';

type JointPostmortemRoute =
  | 'getJointPostmortem'
  | 'linkPostmortemIncidents'
  | 'unlinkPostmortemIncident'
  | 'getJointPostmortemTimeline';

/** Joint postmortems: linked incidents and the merged timeline. */
export function jointPostmortemHandlers(ctx: Context): Pick<Handlers, JointPostmortemRoute> {
  return {
    getJointPostmortem: ({ principal, params }) => getJointPostmortem(ctx, principal, params.key),
    linkPostmortemIncidents: ({ principal, params, body }) =>
      linkIncidents(ctx, principal, params.key, body),
    unlinkPostmortemIncident: ({ principal, params }) =>
      unlinkIncident(ctx, principal, params.key, params.other),
    getJointPostmortemTimeline: ({ principal, params }) =>
      getJointTimeline(ctx, principal, params.key),
  };
}
