import type { ChecklistData } from './checklist-types';

const gateLabels = { in_review: 'Before review', published: 'Before publishing' } as const;

/** Each item passed or failed, with why, and how to fix the failed ones. */
export function ChecklistItems({ checklist }: { checklist: ChecklistData }) {
  return (
    <ul className="checklist-items">
      {checklist.items.map((item) => (
        <li key={item.id} className={item.passed ? 'item-pass' : 'item-fail'} data-item={item.id}>
          <span className="item-mark" aria-hidden="true">
            {item.passed ? '✓' : '✗'}
          </span>
          <div>
            <p className="item-title">
              <strong>{item.title}</strong>
              <span className="visually-hidden">{item.passed ? ' (passed)' : ' (failed)'}</span>
            </p>
            <p className="item-why">{item.why}</p>
            {!item.passed && <p className="item-fix">How to fix: {item.fix}</p>}
          </div>
        </li>
      ))}
    </ul>
  );
}

/** What each gate requires and what it still lacks. */
export function GateSummary({ checklist }: { checklist: ChecklistData }) {
  const titleOf = (id: string) => checklist.items.find((item) => item.id === id)?.title ?? id;
  return (
    <ul className="gate-summary">
      {(['in_review', 'published'] as const).map((to) => {
        const gate = checklist.gates[to];
        const state =
          gate.required.length === 0
            ? 'nothing required'
            : gate.missing.length === 0
              ? 'ready'
              : `missing: ${gate.missing.map(titleOf).join('; ')}`;
        return (
          <li key={to} className={gate.missing.length === 0 ? 'gate-ready' : 'gate-blocked'}>
            <strong>{gateLabels[to]}</strong> — {state}
          </li>
        );
      })}
    </ul>
  );
}
