/**
 * The shared tests that loop over discovered vendors, to run for a new vendor alone (with
 * `TEST_VENDORS`) in a scratch copy: conventions, generated files, contracts, replay, behaviour,
 * API reference, verification and drift. The whole `npm test` there would take too long.
 */
export const VENDOR_TESTS: readonly string[] = [
  'test/vendors/conventions.test.ts',
  'test/generate/generated-files.test.ts',
  'test/discrimination/contracts-tell-errors-apart.test.ts',
  'test/replay/scenario-names.test.ts',
  'test/behaviour/client-errors.test.ts',
  'test/behaviour/token-refresh.test.ts',
  'test/behaviour/retry-transient-errors.test.ts',
  'test/api-reference/catalog-conforms.test.ts',
  'test/api-reference/sandbox-accepts-reference.test.ts',
  'test/verify/reference-sandboxes.test.ts',
  'test/drift/edited-pages.test.ts',
  'test/drift/reformatted-pages.test.ts',
  'test/drift/html-pages.test.ts',
]
