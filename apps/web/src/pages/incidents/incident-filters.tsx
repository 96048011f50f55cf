import { incidentStatus, severity } from '@aftermath/domain';
import { useEffect, useRef, useState } from 'react';
import { incidentStatusLabels } from '../../lib/labels';
import type { ListFilters } from './list-query';

const typingDelayMs = 350;

/** The filter bar. Selects apply at once; typed filters apply after a short pause or on Enter. */
export function IncidentFilters({
  filters,
  services,
  onChange,
}: {
  filters: ListFilters;
  services: string[];
  onChange: (next: ListFilters) => void;
}) {
  const [text, setText] = useState(filters.text);
  const [service, setService] = useState(filters.service);
  // What this form last put in the URL: a URL change that differs came from elsewhere (back
  // button, "clear filters") and replaces the inputs; our own echo must not overwrite newer typing.
  const sent = useRef({ text: filters.text, service: filters.service });
  useEffect(() => {
    if (filters.text !== sent.current.text) setText(filters.text);
    if (filters.service !== sent.current.service) setService(filters.service);
    sent.current = { text: filters.text, service: filters.service };
  }, [filters.text, filters.service]);

  const apply = (next: ListFilters) => {
    sent.current = { text: next.text, service: next.service };
    onChange(next);
  };

  useEffect(() => {
    if (text.trim() === filters.text && service.trim() === filters.service) return;
    const timer = window.setTimeout(() => {
      sent.current = { text: text.trim(), service: service.trim() };
      onChange({ ...filters, text: text.trim(), service: service.trim(), page: 1 });
    }, typingDelayMs);
    return () => window.clearTimeout(timer);
  }, [text, service, filters, onChange]);

  return (
    <form
      className="filters"
      role="search"
      aria-label="Filter incidents"
      onSubmit={(event) => {
        event.preventDefault();
        apply({ ...filters, text: text.trim(), service: service.trim(), page: 1 });
      }}
    >
      <div className="field">
        <label htmlFor="filter-text">Search titles</label>
        <input
          id="filter-text"
          type="search"
          value={text}
          placeholder="e.g. checkout"
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="filter-status">Status</label>
        <select
          id="filter-status"
          value={filters.status}
          onChange={(event) =>
            onChange({ ...filters, status: event.target.value as ListFilters['status'], page: 1 })
          }
        >
          <option value="">Any status</option>
          {incidentStatus.options.map((status) => (
            <option key={status} value={status}>
              {incidentStatusLabels[status]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-severity">Severity</label>
        <select
          id="filter-severity"
          value={filters.severity}
          onChange={(event) =>
            onChange({
              ...filters,
              severity: event.target.value as ListFilters['severity'],
              page: 1,
            })
          }
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
        <label htmlFor="filter-service">Service</label>
        <input
          id="filter-service"
          type="text"
          list="filter-service-names"
          value={service}
          placeholder="Any service"
          autoComplete="off"
          onChange={(event) => setService(event.target.value)}
        />
        <datalist id="filter-service-names">
          {services.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </div>
      <button type="submit" className="visually-hidden">
        Apply filters
      </button>
    </form>
  );
}
