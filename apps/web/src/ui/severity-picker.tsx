import { defaultSeverityScale, severity as severityEnum, type Severity } from '@aftermath/domain';

/** Severity as a radio group that shows what each level means, so people pick consistently. */
export function SeverityPicker({
  name,
  value,
  error,
  onChange,
}: {
  name: string;
  value: Severity;
  error?: string | undefined;
  onChange: (value: Severity) => void;
}) {
  return (
    <fieldset className={`field severity-picker${error ? ' has-error' : ''}`}>
      <legend>Severity</legend>
      {severityEnum.options.map((level) => (
        <label key={level} className="severity-option">
          <input
            type="radio"
            name={name}
            value={level}
            checked={value === level}
            onChange={() => onChange(level)}
          />
          <span className={`badge severity severity-${level.toLowerCase()}`}>{level}</span>
          <span className="severity-meaning">{defaultSeverityScale[level]}</span>
        </label>
      ))}
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
