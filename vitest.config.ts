import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    // Every file boots Payload against a real Postgres; run them one at a time.
    fileParallelism: false,
    hookTimeout: 180_000,
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'int',
          environment: 'node',
          include: ['tests/int/**/*.int.spec.ts'],
          globalSetup: ['tests/support/globalSetup.int.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.spec.ts'],
          globalSetup: ['tests/support/globalSetup.e2e.ts'],
          testTimeout: 90_000,
        },
      },
    ],
  },
})
