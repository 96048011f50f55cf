import {
  findSensitive,
  lintLanguage,
  type ChecklistInput,
  type ChecklistLanguageFinding,
  type ChecklistSensitiveFinding,
} from '@aftermath/analysis';
import {
  postmortemSectionNames,
  postmortemSectionTitles,
  type Incident,
  type Postmortem,
} from '@aftermath/domain';
import type { Repositories } from '../ports';

/** Lints and scans each section apart, so every finding names its section and line there. */
async function findInSections(
  repos: Pick<Repositories, 'directory'>,
  postmortem: Postmortem,
): Promise<{
  language: ChecklistLanguageFinding[];
  sensitive: ChecklistSensitiveFinding[];
}> {
  const names = (await repos.directory.listUsers()).map((user) => user.displayName);
  const language: ChecklistLanguageFinding[] = [];
  const sensitive: ChecklistSensitiveFinding[] = [];
  for (const name of postmortemSectionNames) {
    const text = postmortem.sections[name];
    if (text.trim() === '') continue;
    const section = postmortemSectionTitles[name];
    for (const finding of lintLanguage(text, { names })) language.push({ section, ...finding });
    for (const finding of findSensitive(text, { kinds: ['secret'] })) {
      sensitive.push({ section, line: finding.line, kind: finding.kind, rule: finding.rule });
    }
  }
  return { language, sensitive };
}

/** Everything the checklist looks at for one postmortem, read from the store and the linters. */
export async function buildChecklistInput(
  repos: Pick<Repositories, 'actions' | 'directory'>,
  incident: Incident,
  postmortem: Postmortem,
): Promise<ChecklistInput> {
  const findings = await findInSections(repos, postmortem);
  return {
    postmortem: { sections: postmortem.sections, rca: postmortem.rca },
    incident,
    actions: await repos.actions.listByIncident(incident.key),
    slo: null,
    languageFindings: findings.language,
    sensitiveFindings: findings.sensitive,
  };
}
