import { openStore } from '@aftermath/storage';
import { describe, expect, it } from 'vitest';
import { anIncident } from './factories';

describe('openStore on PGlite', () => {
  it('starts an in-process PostgreSQL, migrates it and stores incidents', async () => {
    const store = await openStore({ kind: 'pglite' });
    try {
      expect(store.backend).toBe('postgres');
      await store.incidents.insert(anIncident({ key: 'INC-5' }));
      expect(await store.incidents.get('INC-5')).toEqual(anIncident({ key: 'INC-5' }));
      expect(await store.incidents.nextNumber()).toBe(6);
    } finally {
      await store.close();
    }
  });
});
