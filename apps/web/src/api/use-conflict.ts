import { useState } from 'react';

/** Where an editor is after a refused save: no conflict, told, or latest loaded beside the text. */
export type ConflictState = 'none' | 'conflict' | 'loaded';

/** The conflict state of one editor, with the moves between its states. */
export function useConflict() {
  const [state, setState] = useState<ConflictState>('none');
  return {
    state,
    raise: () => setState('conflict'),
    loaded: () => setState('loaded'),
    clear: () => setState('none'),
  };
}
