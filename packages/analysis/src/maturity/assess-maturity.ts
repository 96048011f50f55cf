import { maturityLevels, type MaturityInputs, type MaturityLevel } from './maturity-inputs';

/**
 * One practice on the ladder: `count` records show it in use (of `total`, null when it is not a
 * share). It passes when in use and, for a share, on at least half of the records.
 */
export interface MaturityCheck {
  id: string;
  level: MaturityLevel;
  description: string;
  count: number;
  total: number | null;
  pass: boolean;
  /** What to do when it does not pass. */
  nextStep: string;
}

/**
 * Where the workspace stands: the highest rung whose checks (and every lower rung's) pass, or
 * null when not even beginner; every check, and the next steps (the failing checks of the lowest
 * rung not yet reached).
 *
 * @example assessMaturity(inputs).level // 'intermediate'
 */
export interface MaturityAssessment {
  level: MaturityLevel | null;
  checks: MaturityCheck[];
  nextSteps: string[];
}

type CheckSpec = Omit<MaturityCheck, 'pass'>;

function checksOf(inputs: MaturityInputs): CheckSpec[] {
  return [
    {
      id: 'postmortem-owners',
      level: 'beginner',
      description: 'postmortems written from templates with a named owner',
      count: inputs.postmortemsWithOwner,
      total: inputs.postmortems,
      nextStep: 'Start a postmortem from a template for each incident and give it an owner.',
    },
    {
      id: 'action-tracking',
      level: 'intermediate',
      description: 'action items with an owner and a due date',
      count: inputs.actionsWithOwnerAndDue,
      total: inputs.actions,
      nextStep: 'Track follow-up actions in Aftermath, each with an owner and a due date.',
    },
    {
      id: 'slo-links',
      level: 'intermediate',
      description: 'SLOs linked to a registered service',
      count: inputs.slosLinkedToService,
      total: inputs.slos,
      nextStep: 'Import OpenSLO definitions for your services (aftermath slo import).',
    },
    {
      id: 'automated-evidence',
      level: 'advanced',
      description: 'evidence arriving automatically (webhook deliveries or imported evidence)',
      count: inputs.webhookDeliveries + inputs.evidenceRecords,
      total: null,
      nextStep: 'Send alerts by webhook or import logs, traces and chat as evidence.',
    },
    {
      id: 'action-verification',
      level: 'advanced',
      description: 'actions verified to have worked (status verified)',
      count: inputs.verifiedActions,
      total: null,
      nextStep: 'Verify done actions against their verification criteria and mark them verified.',
    },
    {
      id: 'recurrence-detection',
      level: 'advanced',
      description: 'incidents linked as recurrences of earlier ones',
      count: inputs.recurrenceLinks,
      total: null,
      nextStep:
        'Link repeat incidents to the earlier one (recurrenceOf) so recurrences are counted.',
    },
  ];
}

function passes(spec: CheckSpec): boolean {
  if (spec.count <= 0) return false;
  return spec.total === null || spec.count * 2 >= spec.total;
}

/**
 * Places the workspace on the beginner → intermediate → advanced ladder from what is in use.
 *
 * @example assessMaturity({ postmortems: 2, postmortemsWithOwner: 2, actions: 0, … }).level // 'beginner'
 */
export function assessMaturity(inputs: MaturityInputs): MaturityAssessment {
  const checks = checksOf(inputs).map((spec) => ({ ...spec, pass: passes(spec) }));
  let level: MaturityLevel | null = null;
  for (const rung of maturityLevels) {
    if (!checks.filter((check) => check.level === rung).every((check) => check.pass)) break;
    level = rung;
  }
  const nextRung = maturityLevels[level === null ? 0 : maturityLevels.indexOf(level) + 1];
  const nextSteps = checks
    .filter((check) => check.level === nextRung && !check.pass)
    .map((check) => check.nextStep);
  return { level, checks, nextSteps };
}
