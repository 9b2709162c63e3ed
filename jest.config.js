// Two projects: `unit` needs nothing but Node; `integration` talks to a real Kafka broker and a real
// MongoDB-compatible server, chosen once by the global setup (env, containers, or local processes).
const transform = { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }] };
// dist/ holds compiled copies of the services (deploy/local/service-build.ts): not tests, and not modules to resolve.
const common = {
  testEnvironment: 'node',
  transform,
  moduleFileExtensions: ['ts', 'js', 'json'],
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
};

module.exports = {
  maxWorkers: 2,
  // Exit once results are in: once in CI a handle or a child's pipe held the parent after the last suite for the rest
  // of the 90-minute budget. The global teardown names and kills processes tests left running (leftover-processes.ts).
  forceExit: true,
  testTimeout: 120000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/**/*.spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/.local/', '<rootDir>/dist/'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/.local/', '<rootDir>/dist/'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
    },
  ],
};
