import type { DecisionPolicy } from '@aftermath/domain';
import { useState } from 'react';
import { api } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { usePageTitle } from '../../shell/use-page-title';
import { LoadFailed, Loading, Notice } from '../../ui/states';
import { PolicyForm } from './policy/policy-form';
import './policy/policy.css';

/**
 * `/settings/policy`: the decision policy's everyday parts as a form. The rest (checklist gates
 * and weights, SLO-violation thresholds, the security track, programme-health limits) is edited
 * as YAML with the CLI, and kept when this form saves.
 */
export default function PolicySettingsPage() {
  usePageTitle('Decision policy');
  const { resource, retry } = useResource('decision-policy', async () => {
    const { data } = await api.call('getDecisionPolicy', {});
    return data;
  });
  // The policy as the last save answered it: the form starts again from what was stored.
  const [saved, setSaved] = useState<{ count: number; policy: DecisionPolicy } | null>(null);
  const [savedShown, setSavedShown] = useState(false);
  return (
    <section className="page">
      <h1>Decision policy</h1>
      <p className="muted">
        Which incidents need a postmortem, how deep and by when, and how many approvals it needs.
        Checklist gates and weights, SLO-violation thresholds, the security track and the
        programme-health limits are edited as YAML:{' '}
        <code>aftermath policy show &gt; policy.yaml</code>, then{' '}
        <code>aftermath policy set policy.yaml</code> (see docs/policy.md). Saving here keeps them.
      </p>
      {savedShown && <Notice tone="success">Policy saved. It applies from now on.</Notice>}
      {resource.state === 'loading' && <Loading what="the policy" />}
      {resource.state === 'failed' && (
        <LoadFailed what="the policy" error={resource.error} onRetry={retry} />
      )}
      {resource.state === 'ready' && (
        <PolicyForm
          key={saved?.count ?? 0}
          policy={saved?.policy ?? resource.value}
          onSaving={() => setSavedShown(false)}
          onSaved={(policy) => {
            setSaved({ count: (saved?.count ?? 0) + 1, policy });
            setSavedShown(true);
          }}
        />
      )}
    </section>
  );
}
