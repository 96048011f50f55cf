import { describe, expect, it } from 'vitest';
import { findSensitive } from '../../src';
import * as fixture from './fixtures';

const { assemble, filler } = fixture;

/** The secret findings of a text as `rule: value`. */
function secrets(text: string): string[] {
  return findSensitive(text, { kinds: ['secret'] }).map((f) => `${f.rule}: ${f.value}`);
}

describe('provider tokens', () => {
  const cases: [string, string][] = [
    ['aws-access-key', fixture.awsAccessKeyId],
    ['github-token', fixture.githubToken],
    ['github-token', fixture.githubFineGrained],
    ['gitlab-token', fixture.gitlabToken],
    ['slack-token', fixture.slackBotToken],
    ['slack-webhook', fixture.slackWebhook],
    ['stripe-key', fixture.stripeLive],
    ['openai-key', fixture.openAiKey],
    ['anthropic-key', fixture.anthropicKey],
    ['npm-token', fixture.npmToken],
    ['sendgrid-key', fixture.sendgridKey],
    ['twilio-key', fixture.twilioKey],
    ['gcp-api-key', fixture.gcpApiKey],
    ['jwt', fixture.jwt],
  ];

  it.each(cases)('finds a %s in running text, exactly', (rule, token) => {
    expect(secrets(`the value ${token} leaked`)).toEqual([`${rule}: ${token}`]);
  });

  it('finds AWS secret keys by their AWS name, and leaves other values under that name', () => {
    expect(secrets(`AWS_SECRET_ACCESS_KEY = ${fixture.awsSecretKey}`)).toEqual([
      `aws-secret-key: ${fixture.awsSecretKey}`,
    ]);
    expect(secrets(`aws_secret_access_key: "${filler(56)}"`)).toEqual([]);
  });

  it('finds Azure storage keys in connection strings', () => {
    const connection = assemble(
      'DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=',
      fixture.azureAccountKey,
      ';EndpointSuffix=core.windows.net',
    );
    expect(secrets(connection)).toEqual([`azure-storage-key: ${fixture.azureAccountKey}`]);
  });

  it('does not take near misses for tokens', () => {
    const nearMisses = [
      assemble('gXX', '_', filler(36)), // unknown prefix
      assemble('xghp', '_', filler(36)), // glued to a word
      assemble('sk', '_live_', filler(23)), // one character short
      assemble('pk', '_live_', filler(24)), // publishable, not secret
      assemble('glpat', '-abc'), // too short
      assemble('sk', '-', filler(20), 'abcdefgh', filler(20)), // no OpenAI marker
    ];
    expect(secrets(nearMisses.join('\n'))).toEqual([]);
  });
});

describe('private keys', () => {
  it('finds a key written inside a JSON string with escaped newlines', () => {
    const json = `{"type": "service_account", "private_key": "${fixture.privateKeyBlock().replace(/\n/g, '\\n')}\\n"}`;
    const [finding] = findSensitive(json, { kinds: ['secret'] });
    expect(finding?.rule).toBe('private-key');
    expect(finding?.value.startsWith('-----BEGIN')).toBe(true);
    expect(finding?.value.endsWith('KEY-----')).toBe(true);
  });

  it('leaves placeholders alone: dots, stars, xxx and short encoded text', () => {
    const begin = assemble('-----BEGIN ', 'PRIVATE KEY-----');
    const end = assemble('-----END ', 'PRIVATE KEY-----');
    for (const body of ['...', '***', 'xxx', 'YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXo=']) {
      expect(secrets(`${begin}\n${body}\n${end}`)).toEqual([]);
    }
  });
});

describe('credentials in URLs and connection strings', () => {
  it('reports only the password part', () => {
    const password = filler(10, fixture.ALPHANUMERIC, 21);
    const text = assemble('DATABASE_URL=postgres://app:', password, '@db.internal:5432/app');
    const [finding] = findSensitive(text);
    expect(finding).toMatchObject({ rule: 'url-credentials', value: password });
  });

  it('reports a token carried as the user name', () => {
    const token = filler(40);
    expect(secrets(`git+https://${token}:x-oauth-basic@github.com/acme/lib.git`)).toEqual([
      `url-credentials: ${token}`,
    ]);
  });

  it('leaves templates, placeholders, equal user and password, and local defaults alone', () => {
    const text = [
      'https://${USER}:${PASSWORD}@api.example.com',
      'mongodb://username:password@db.example.com/app',
      'mysql://admin:REPLACE_WITH_PASSWORD@db.example.com/app',
      assemble('postgres://postgres:', 'postgres@localhost:5432/app'),
      'jdbc:mysql://admin:pass@localhost:3306/app',
      'https://user:abc@api.example.com',
    ].join('\n');
    expect(secrets(text)).toEqual([]);
  });

  it('finds passwords in key=value connection strings', () => {
    const password = filler(10, fixture.ALPHANUMERIC, 20);
    const ado = 'Server=db1;Database=app;Uid=svc;Pwd' + '=' + password + ';';
    expect(secrets(ado)).toEqual([`password: ${password}`]);
  });
});

describe('passwords and secrets in assignments', () => {
  const value = assemble(filler(9, fixture.ALPHANUMERIC, 22), '&3x');

  it.each([
    [`DB_PASSWORD=${value}`],
    [`password = ${value}`],
    [`"pwd": "${value}"`],
    [`  password: '${value}'`],
    [`mysql --user=app --password=${value} --host=db`],
    [`export PGPASSWORD=${value}`],
    [`client_secret := "${value}"`],
    [`'api_key' => '${value}'`],
  ])('finds the value in %s', (line) => {
    expect(secrets(line).map((s) => s.split(': ')[1])).toEqual([value]);
  });

  it('finds values under a YAML parent key and INI continuation lines', () => {
    const yaml = `deploy:\n  password:\n    secure: ${filler(30, fixture.ALPHANUMERIC.slice(26, 52), 27)}\n  user: ci`;
    expect(secrets(yaml)).toHaveLength(1);
    const ini = `[s]\nsecrets =\n    ${value}\n    ${filler(9, fixture.ALPHANUMERIC, 23)}\nother = 1`;
    expect(secrets(ini)).toHaveLength(2);
  });

  it('leaves references, placeholders, quantities and prose alone', () => {
    const text = [
      'password: ${DB_PASSWORD}',
      'password = os.getenv("DB_PASSWORD")',
      'token: {{ secrets.DEPLOY_TOKEN }}',
      'password: changeme',
      'PASSWORD=your_password',
      'api_key: <your-api-key>',
      'max_tokens: 4096',
      'token_ttl = 3600s',
      'password_policy: strict',
      'Password: rotated yesterday by the on-call engineer.',
      'secret: true',
      'request_id = 9f86d081884c7d659a2f',
    ].join('\n');
    expect(secrets(text)).toEqual([]);
  });
});

describe('random-looking strings', () => {
  it('finds a random value under a weak key and a quoted random literal', () => {
    const b64 = filler(40, fixture.BASE64, 24);
    expect(secrets(`key="${b64}"`)).toEqual([`high-entropy-string: ${b64}`]);
    expect(secrets(`call(x, "${filler(32, fixture.HEX, 25)}")`)).toHaveLength(1);
  });

  it('keeps identifiers: UUIDs, commit SHAs, ids, public keys and base64-encoded text', () => {
    const text = [
      '"trace_id": "4bf92f3577b34da6a3ce929d0e0e4736"',
      '"before": "6113728f27ae82c7b1a177c8d03f9e96e0adf246"',
      "uuid: '203db13e-70c7-462b-9a3d-bf32640cb0be'",
      `DOTENV_PUBLIC_KEY="${filler(66, fixture.HEX, 26)}"`,
      'ANY_KEY = ZHVtbXkgdGV4dCBkYXRhIGRhdGEgZGF0YQ==',
    ].join('\n');
    expect(secrets(text)).toEqual([]);
  });
});
