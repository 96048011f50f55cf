import { DomainError } from './errors';

/**
 * A state machine as a table: for each state, the states it may move to.
 *
 * @example
 * const machine = defineLifecycle('incident', { open: ['resolved'], resolved: [] });
 * machine.assertTransition('open', 'resolved');
 */
export interface Lifecycle<S extends string> {
  readonly name: string;
  readonly transitions: Readonly<Record<S, readonly S[]>>;
  /** True when `from → to` is allowed. */
  canTransition(from: S, to: S): boolean;
  /** Throws an `illegal_transition` error saying which moves are allowed from `from`. */
  assertTransition(from: S, to: S): void;
}

/** Builds a {@link Lifecycle} from a transition table. */
export function defineLifecycle<S extends string>(
  name: string,
  transitions: Record<S, readonly S[]>,
): Lifecycle<S> {
  const canTransition = (from: S, to: S): boolean => transitions[from].includes(to);
  return {
    name,
    transitions,
    canTransition,
    assertTransition(from, to) {
      if (canTransition(from, to)) return;
      const allowed = transitions[from];
      const hint =
        allowed.length === 0
          ? `${from} is final`
          : `from ${from} it can move to ${allowed.join(', ')}`;
      throw new DomainError(
        'illegal_transition',
        `A ${name} cannot move from ${from} to ${to}: ${hint}`,
        [{ path: 'to', message: hint }],
      );
    },
  };
}
