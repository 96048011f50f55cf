// Fails when a workspace package declares a dependency that breaks the layer order of DESIGN §3.
// The lint rule catches imports; this catches package.json declarations, so a layer cannot even
// install what it must not use.
import { readFileSync } from 'node:fs';

const allowed = {
  '@aftermath/domain': [],
  '@aftermath/analysis': ['@aftermath/domain'],
  '@aftermath/importers': ['@aftermath/domain', '@aftermath/analysis'],
  '@aftermath/core': ['@aftermath/domain', '@aftermath/analysis', '@aftermath/importers'],
  '@aftermath/storage': ['@aftermath/domain', '@aftermath/analysis', '@aftermath/core'],
  '@aftermath/contract': ['@aftermath/domain'],
  '@aftermath/server': [
    '@aftermath/domain',
    '@aftermath/analysis',
    '@aftermath/importers',
    '@aftermath/core',
    '@aftermath/storage',
    '@aftermath/contract',
  ],
  '@aftermath/cli': [
    '@aftermath/domain',
    '@aftermath/analysis',
    '@aftermath/importers',
    '@aftermath/core',
    '@aftermath/storage',
    '@aftermath/contract',
    '@aftermath/server',
  ],
  '@aftermath/web': ['@aftermath/domain', '@aftermath/analysis', '@aftermath/contract'],
};
const onlyIn = {
  kysely: ['@aftermath/storage'],
  pg: ['@aftermath/storage'],
  'better-sqlite3': ['@aftermath/storage'],
  fastify: ['@aftermath/server'],
  react: ['@aftermath/web'],
};

const root = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];
for (const folder of root.workspaces) {
  const pkg = JSON.parse(readFileSync(`${folder}/package.json`, 'utf8'));
  const deps = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
  const mayUse = allowed[pkg.name];
  if (!mayUse)
    problems.push(`${folder}: ${pkg.name} is not in the layer table of scripts/check-deps.mjs`);
  for (const dep of deps) {
    if (dep.startsWith('@aftermath/') && mayUse && !mayUse.includes(dep)) {
      problems.push(`${folder}: ${pkg.name} must not depend on ${dep}`);
    }
    const owners = onlyIn[dep];
    if (owners && !owners.includes(pkg.name))
      problems.push(`${folder}: only ${owners.join(', ')} may depend on ${dep}`);
  }
}
if (problems.length > 0) {
  console.error(`Dependency direction check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Dependency directions hold for ${root.workspaces.length} workspaces.`);
