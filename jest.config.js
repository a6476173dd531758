// Two Jest projects: `unit` (pure logic, no services) and `integration` (*.int.spec.ts and
// *.e2e.spec.ts, on a real Kafka broker and a real MongoDB-wire store resolved by libs/testing).
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' });
const moduleFileExtensions = ['ts', 'js', 'json'];
const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
};

module.exports = {
  // integration tests share one broker (one of them stops it): npm test runs them with --runInBand
  testTimeout: 120000,
  projects: [
    {
      displayName: 'unit',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/{apps,libs}/**/*.unit.spec.ts'],
      transform,
      moduleNameMapper,
      moduleFileExtensions,
    },
    {
      displayName: 'integration',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/{apps,libs}/**/*.{int,e2e}.spec.ts'],
      transform,
      moduleNameMapper,
      moduleFileExtensions,
      globalSetup: '<rootDir>/libs/testing/src/jest/global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/jest/global-teardown.ts',
    },
  ],
};
