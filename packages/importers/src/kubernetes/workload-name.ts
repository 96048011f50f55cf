import { toServiceName } from '../json-documents';

/** Characters Kubernetes uses for generated name suffixes (no vowels, no 0/1/3 lookalikes). */
const SAFE = '[bcdfghjklmnpqrstvwxz2456789]';
const DEPLOYMENT_POD = new RegExp(`^(.+)-${SAFE}{6,10}-${SAFE}{5}$`);
const REPLICA_SET = new RegExp(`^(.+)-${SAFE}{6,10}$`);
const GENERATED_POD = new RegExp(`^(.+)-${SAFE}{5}$`);
const STATEFUL_POD = /^(.+)-\d+$/;
const CRON_JOB = /^(.+)-\d{8,}$/;
/** Kinds that are infrastructure, not a service. */
const NOT_SERVICES = new Set([
  'Node',
  'Namespace',
  'PersistentVolume',
  'StorageClass',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'APIService',
]);

/**
 * The service an event's object belongs to, from its name: a Deployment's pod
 * `checkout-api-7d9c5b6f4-x2x9z` and replica set `checkout-api-7d9c5b6f4` → `checkout-api`, a
 * StatefulSet's pod `ledger-0` → `ledger`, a CronJob's job `report-28473920` → `report`. Nodes,
 * namespaces and other cluster infrastructure name no service (null).
 *
 * @example
 * workloadService('Pod', 'checkout-api-7d9c5b6f4-x2x9z'); // 'checkout-api'
 */
export function workloadService(kind: string | null, name: string | null): string | null {
  if (!name || (kind !== null && NOT_SERVICES.has(kind))) return null;
  return toServiceName(workloadName(kind, name));
}

function workloadName(kind: string | null, name: string): string {
  if (kind === 'Pod') {
    return (
      DEPLOYMENT_POD.exec(name)?.[1] ??
      STATEFUL_POD.exec(name)?.[1] ??
      GENERATED_POD.exec(name)?.[1] ??
      name
    );
  }
  if (kind === 'ReplicaSet') return REPLICA_SET.exec(name)?.[1] ?? name;
  if (kind === 'Job') return CRON_JOB.exec(name)?.[1] ?? name;
  return name;
}
