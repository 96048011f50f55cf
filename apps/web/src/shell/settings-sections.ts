/**
 * Every settings page, grouped as the Settings side navigation and the `/settings` index list
 * them. A new settings page adds one line here; the header only has one "Settings" entry, so it
 * fits on a laptop and a phone however many pages there are.
 */
export interface SettingsSection {
  label: string;
  path: string;
  /** One line on the index page: what the page is for. */
  about: string;
}

export interface SettingsGroup {
  label: string;
  sections: SettingsSection[];
}

export const settingsGroups: SettingsGroup[] = [
  {
    label: 'Workspace',
    sections: [
      {
        label: 'Services',
        path: '/settings/services',
        about: 'Services with their owning team and tier.',
      },
      {
        label: 'Teams',
        path: '/settings/teams',
        about: 'Who belongs to each team, and their role there.',
      },
      {
        label: 'SLOs',
        path: '/settings/slos',
        about: 'Service level objectives, their error budgets and where their SLI comes from.',
      },
      {
        label: 'Decision policy',
        path: '/settings/policy',
        about: 'Which incidents need a postmortem, by when, and how many approvals it needs.',
      },
      {
        label: 'RCA taxonomy',
        path: '/settings/rca-taxonomy',
        about: 'Trigger and root-cause categories postmortems choose from.',
      },
      {
        label: 'Templates',
        path: '/settings/postmortem-templates',
        about: 'The Markdown a new postmortem starts with, per incident type.',
      },
    ],
  },
  {
    label: 'Integrations',
    sections: [
      {
        label: 'Webhooks',
        path: '/settings/webhooks',
        about: 'Alert and deploy sources: secrets, routing rules, maintenance windows.',
      },
      {
        label: 'Notifications and trackers',
        path: '/settings/integrations',
        about: 'Where notifications and outgoing webhooks go, and each team’s issue tracker.',
      },
      {
        label: 'Deliveries',
        path: '/settings/deliveries',
        about: 'Notifications and tracker calls sent, with failures to retry.',
      },
    ],
  },
  {
    label: 'Access',
    sections: [
      { label: 'Users', path: '/settings/users', about: 'Accounts and their workspace role.' },
      {
        label: 'Tokens',
        path: '/settings/tokens',
        about: 'Your tokens for scripts and the CLI.',
      },
      {
        label: 'Audit log',
        path: '/settings/audit',
        about: 'Every change with who and when; verify the hash chain, export it.',
      },
    ],
  },
];
