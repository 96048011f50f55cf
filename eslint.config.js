import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Imports each layer may not use (DESIGN §3): dependencies point one way, I/O at the edges. */
const forbidden = {
  pure: [
    'node:*',
    'fs',
    'path',
    'os',
    'child_process',
    'http',
    'https',
    'net',
    'kysely',
    'pg',
    'better-sqlite3',
    'fastify',
    'react',
    'react-dom',
  ],
  storage: ['@aftermath/server', '@aftermath/cli', '@aftermath/web', 'fastify', 'react'],
  core: [
    '@aftermath/storage',
    '@aftermath/server',
    '@aftermath/cli',
    '@aftermath/web',
    '@aftermath/contract',
    'kysely',
    'pg',
    'better-sqlite3',
    'fastify',
    'react',
  ],
  contract: [
    '@aftermath/storage',
    '@aftermath/core',
    '@aftermath/server',
    '@aftermath/cli',
    'kysely',
    'pg',
    'better-sqlite3',
    'fastify',
    'react',
    'node:*',
  ],
  server: ['@aftermath/cli', '@aftermath/web', 'react', 'kysely', 'pg', 'better-sqlite3'],
  cli: ['@aftermath/web', 'react', 'kysely', 'pg', 'better-sqlite3', 'fastify'],
  web: [
    '@aftermath/storage',
    '@aftermath/core',
    '@aftermath/server',
    '@aftermath/cli',
    '@aftermath/importers',
    'node:*',
    'kysely',
    'pg',
    'better-sqlite3',
    'fastify',
  ],
};

function restrict(files, names, why) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: names.map((name) => ({ group: [name, `${name}/*`], message: why })) },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      globals: globals.node,
      parserOptions: { project: false, projectService: false },
    },
  },
  restrict(
    ['packages/domain/src/**', 'packages/analysis/src/**'],
    [
      ...forbidden.pure,
      '@aftermath/storage',
      '@aftermath/core',
      '@aftermath/contract',
      '@aftermath/importers',
      '@aftermath/server',
      '@aftermath/cli',
      '@aftermath/web',
    ],
    'domain and analysis are pure: no I/O, no database, HTTP or UI (DESIGN §3)',
  ),
  restrict(
    ['packages/importers/src/**'],
    [
      ...forbidden.pure.filter((n) => n !== 'node:*'),
      '@aftermath/storage',
      '@aftermath/core',
      '@aftermath/server',
      '@aftermath/cli',
      '@aftermath/web',
    ],
    'importers parse bytes into evidence; they do not store or serve (DESIGN §3)',
  ),
  restrict(
    ['packages/storage/src/**'],
    forbidden.storage,
    'storage is below core and the apps (DESIGN §3)',
  ),
  restrict(
    ['packages/core/src/**'],
    forbidden.core,
    'core speaks to storage through ports, never to SQL or HTTP (DESIGN §3)',
  ),
  restrict(
    ['packages/contract/src/**'],
    forbidden.contract,
    'the contract is shared with the browser: schemas only (DESIGN §3)',
  ),
  restrict(
    ['apps/server/src/**'],
    forbidden.server,
    'only storage speaks SQL; the server composes packages (DESIGN §3)',
  ),
  restrict(
    ['apps/cli/src/**'],
    forbidden.cli,
    'only storage speaks SQL and only the server speaks HTTP framework (DESIGN §3)',
  ),
  restrict(
    ['apps/web/src/**'],
    forbidden.web,
    'the web app talks to the server only through the contract (DESIGN §3)',
  ),
);
