import { incidentType, severity } from '@aftermath/domain';
import { useState } from 'react';
import type { DashboardFilters as Filters } from './dashboard-query';

/** The filter bar: every change lands in the URL, so a filtered dashboard can be shared. */
export function DashboardFilters({
  filters,
  onChange,
}: {
  filters: Filters;
  onChange: (next: Filters) => void;
}) {
  const [service, setService] = useState(filters.service);
  const [team, setTeam] = useState(filters.team);
  const set = (name: keyof Filters, value: string) => onChange({ ...filters, [name]: value });
  return (
    <form
      className="filters"
      role="search"
      aria-label="Filter metrics"
      onSubmit={(event) => {
        event.preventDefault();
        onChange({ ...filters, service: service.trim(), team: team.trim() });
      }}
    >
      <div className="field">
        <label htmlFor="metrics-from">Impact from</label>
        <input
          id="metrics-from"
          type="date"
          value={filters.from}
          onChange={(e) => set('from', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="metrics-to">to (inclusive)</label>
        <input
          id="metrics-to"
          type="date"
          value={filters.to}
          onChange={(e) => set('to', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="metrics-severity">Severity</label>
        <select
          id="metrics-severity"
          value={filters.severity}
          onChange={(e) => set('severity', e.target.value)}
        >
          <option value="">Any severity</option>
          {severity.options.map((level) => (
            <option key={level} value={level}>
              {level}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="metrics-type">Type</label>
        <select
          id="metrics-type"
          value={filters.type}
          onChange={(e) => set('type', e.target.value)}
        >
          <option value="">Any type</option>
          {incidentType.options.map((kind) => (
            <option key={kind} value={kind}>
              {kind}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="metrics-service">Service</label>
        <input
          id="metrics-service"
          value={service}
          placeholder="e.g. checkout-api"
          onChange={(e) => setService(e.target.value)}
          onBlur={() => set('service', service.trim())}
        />
      </div>
      <div className="field">
        <label htmlFor="metrics-team">Team</label>
        <input
          id="metrics-team"
          value={team}
          placeholder="e.g. payments"
          onChange={(e) => setTeam(e.target.value)}
          onBlur={() => set('team', team.trim())}
        />
      </div>
      <button type="submit" className="button">
        Apply
      </button>
    </form>
  );
}
