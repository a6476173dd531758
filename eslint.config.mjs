// Layering is enforced here: every project carries a type:* and a scope:* tag (project.json) and
// @nx/enforce-module-boundaries checks each import against the constraints below.
import nx from '@nx/eslint-plugin';

const domainBans = ['@nestjs/*', 'mongoose', 'kafkajs', 'express', 'testcontainers', '@testcontainers/*'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/dist', '**/node_modules', '.nx', '.local', 'coverage', '**/*.mjs', '**/*.js', 'deploy/**'] },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          banTransitiveDependencies: false,
          depConstraints: [
            // kinds of project
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:data-access', 'type:platform', 'type:testing'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'], bannedExternalImports: domainBans },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [], allowedExternalImports: ['zod', 'node:*', 'crypto'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'], bannedExternalImports: ['@nestjs/*', 'testcontainers', '@testcontainers/*'] },
            { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:contracts', 'type:data-access'], bannedExternalImports: ['testcontainers', '@testcontainers/*'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:testing', 'type:contracts', 'type:domain', 'type:data-access', 'type:platform'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:contracts', 'type:data-access', 'type:domain', 'type:platform'] },
            // business scopes: a scope uses its own libs and shared ones
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:ingest', onlyDependOnLibsWithTags: ['scope:ingest', 'scope:shared'] },
            { sourceTag: 'scope:enrichment', onlyDependOnLibsWithTags: ['scope:enrichment', 'scope:shared'] },
            { sourceTag: 'scope:search', onlyDependOnLibsWithTags: ['scope:search', 'scope:shared'] },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // the pure half of the read model: evolve and the query builder never touch mongoose
    files: ['libs/read-model/src/domain/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['mongoose', 'kafkajs', '@nestjs/*'] }] },
  },
  {
    files: ['**/*.spec.ts', 'libs/testing/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
