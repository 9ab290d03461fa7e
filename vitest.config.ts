import { createRequire } from 'node:module'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // One graphql, as under Next (which keeps it external): Payload loads its CommonJS build, and
    // Vite would give our modules the ES build, whose classes Payload's GraphQL does not accept.
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    // Every integration file boots Payload against a real Postgres; run them one at a time.
    fileParallelism: false,
    hookTimeout: 180_000,
    testTimeout: 60_000,
    projects: [
      {
        // Pure code: no Postgres, no Payload instance, no globalSetup.
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.unit.spec.ts'],
        },
      },
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
