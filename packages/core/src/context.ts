import type { Clock } from '@aftermath/domain';
import type { IdGenerator } from './ids';
import type { Store } from './ports';

/** What every use case runs with: storage, a clock and an id source (tests replace the last two). */
export interface Context {
  store: Store;
  clock: Clock;
  newId: IdGenerator;
}
