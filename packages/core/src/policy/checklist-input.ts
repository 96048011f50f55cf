import {
  findSensitive,
  type PolicySlo,
  lintLanguage,
  type ChecklistInput,
  type ChecklistLanguageFinding,
  type ChecklistSensitiveFinding,
} from '@aftermath/analysis';
import {
  postmortemSectionNames,
  postmortemSectionTitles,
  textCheckSettings,
  type Incident,
  type Postmortem,
} from '@aftermath/domain';
import type { Repositories } from '../ports';

/**
 * The setting `text-checks/` saves the allow-lists under. Read here through the caller's
 * repositories, because a gate runs inside the transition's transaction.
 */
const textCheckKey = 'textChecks';

/** The workspace's allow-lists and people's names, as `POST /api/v1/lint` uses them. */
export async function readLintOptions(repos: Pick<Repositories, 'directory' | 'settings'>) {
  const saved = textCheckSettings.safeParse((await repos.settings.get(textCheckKey)) ?? {});
  const { blamelessAllow, redactionAllow } = saved.success
    ? saved.data
    : { blamelessAllow: [], redactionAllow: [] };
  const users = await repos.directory.listUsers();
  const names = users.map((user) => user.displayName).filter((name) => /\p{L}.*\p{L}/u.test(name));
  return { names, blamelessAllow, redactionAllow };
}

/** Lints and scans each section apart, so every finding names its section and line there. */
async function findInSections(
  repos: Pick<Repositories, 'directory' | 'settings'>,
  postmortem: Postmortem,
): Promise<{
  language: ChecklistLanguageFinding[];
  sensitive: ChecklistSensitiveFinding[];
}> {
  const { names, blamelessAllow, redactionAllow } = await readLintOptions(repos);
  const language: ChecklistLanguageFinding[] = [];
  const sensitive: ChecklistSensitiveFinding[] = [];
  for (const name of postmortemSectionNames) {
    const text = postmortem.sections[name];
    if (text.trim() === '') continue;
    const section = postmortemSectionTitles[name];
    for (const finding of lintLanguage(text, { names, allow: blamelessAllow }))
      language.push({ section, ...finding });
    for (const finding of findSensitive(text, { kinds: ['secret'], allow: redactionAllow })) {
      sensitive.push({ section, line: finding.line, kind: finding.kind, rule: finding.rule });
    }
  }
  return { language, sensitive };
}

/** Everything the checklist looks at for one postmortem, read from the store and the linters. */
export async function buildChecklistInput(
  repos: Pick<Repositories, 'actions' | 'directory' | 'settings'>,
  incident: Incident,
  postmortem: Postmortem,
  slo: PolicySlo | null,
): Promise<ChecklistInput> {
  const findings = await findInSections(repos, postmortem);
  return {
    postmortem: { sections: postmortem.sections, rca: postmortem.rca },
    incident,
    actions: await repos.actions.listByIncident(incident.key),
    slo: slo && { name: slo.name, budgetSpent: slo.budgetSpent },
    languageFindings: findings.language,
    sensitiveFindings: findings.sensitive,
  };
}
