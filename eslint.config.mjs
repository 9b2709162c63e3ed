import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '.local/**',
      'dist/**',
      'contracts/src/generated/**',
      'clients/portal-client/src/generated/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // The Kafka client is an implementation detail of the platform: services use its producer and consumer interfaces.
    files: ['services/*/src/**/*.ts'],
    ignores: ['services/platform/**'],
    rules: { 'no-restricted-imports': ['error', { paths: ['kafkajs'] }] },
  },
);
