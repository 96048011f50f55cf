import type { ActionIssueLink } from '@aftermath/domain';
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { api } from '../../../../api/client';

interface ActionIssues {
  /** Linked issues by action id; undefined while loading or when they could not be read. */
  byAction: Map<string, ActionIssueLink> | undefined;
  reload: () => Promise<Map<string, ActionIssueLink> | undefined>;
}

const IssuesContext = createContext<ActionIssues>({
  byAction: undefined,
  reload: () => Promise.resolve(undefined),
});

/** Reads the incident's linked tracker issues once for every action row below it. */
export function ActionIssuesProvider({
  incidentKey,
  children,
}: {
  incidentKey: string;
  children: ReactNode;
}) {
  const [byAction, setByAction] = useState<Map<string, ActionIssueLink>>();
  const reload = useCallback(async () => {
    try {
      const { data } = await api.call('listIncidentActionIssues', { params: { key: incidentKey } });
      const next = new Map(data.items.map((link) => [link.actionId, link]));
      setByAction(next);
      return next;
    } catch {
      // The issue column is an extra: the action table works without it.
      return undefined;
    }
  }, [incidentKey]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return <IssuesContext.Provider value={{ byAction, reload }}>{children}</IssuesContext.Provider>;
}

/** The linked issues of the surrounding {@link ActionIssuesProvider}. */
export function useActionIssues(): ActionIssues {
  return useContext(IssuesContext);
}
