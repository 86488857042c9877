import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores here: keep workers at two so heavy tests (LibreOffice, PDF) do not starve each other.
    maxWorkers: 2,
  },
});
