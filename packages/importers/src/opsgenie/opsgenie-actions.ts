import type { Signal } from '../importer';
import type { StatusTagWord } from '../json-documents';

/** How one Opsgenie webhook action reads on the timeline. */
export interface OpsgenieAction {
  tag: StatusTagWord;
  status: Signal['status'];
  verb: string;
}

const info = (verb: string): OpsgenieAction => ({ tag: 'info', status: 'info', verb });

/**
 * The actions Opsgenie's webhook integration sends. Create, Acknowledge and Close change the
 * alert's course; the rest are tagged `[INFO]`.
 */
export const opsgenieActions: Readonly<Record<string, OpsgenieAction>> = {
  Create: { tag: 'firing', status: 'firing', verb: 'created' },
  Acknowledge: { tag: 'acknowledged', status: 'info', verb: 'acknowledged' },
  Close: { tag: 'resolved', status: 'resolved', verb: 'closed' },
  UnAcknowledge: info('unacknowledged'),
  Delete: info('deleted'),
  AddNote: info('note added'),
  Escalate: info('escalated'),
  EscalateNext: info('escalated to the next level'),
  AssignOwnership: info('ownership assigned'),
  TakeOwnership: info('ownership taken'),
  AddRecipient: info('recipient added'),
  AddTeam: info('team added'),
  AddResponder: info('responder added'),
  AddTags: info('tags added'),
  RemoveTags: info('tags removed'),
  AddDetails: info('details added'),
  RemoveDetails: info('details removed'),
  UpdatePriority: info('priority changed'),
  UpdateMessage: info('message changed'),
  UpdateDescription: info('description changed'),
  UpdateAlias: info('alias changed'),
  Snooze: info('snoozed'),
  SnoozeEnded: info('snooze ended'),
  CustomAction: info('custom action run'),
};

/**
 * The reading of an action; an unknown one (Opsgenie adds some) is `[INFO]` with its name in
 * words (`AddStakeholder` → `add stakeholder`).
 *
 * @example
 * readOpsgenieAction('Close').tag; // 'resolved'
 */
export function readOpsgenieAction(action: string): OpsgenieAction {
  const known = Object.hasOwn(opsgenieActions, action) ? opsgenieActions[action] : undefined;
  return known ?? info(action.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
}
