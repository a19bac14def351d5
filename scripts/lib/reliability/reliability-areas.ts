/** One row of the reliability table: a kind of hostile input or fault, and the tests that try it. */
export interface ReliabilityArea {
  title: string
  /** Test files, relative to the project root; `*` matches within a path segment, `**` across. */
  files: readonly string[]
  /** What every test in the area requires, as the table states it. */
  outcome: string
  /** Count each test as one injected fault when it records no count itself (tests written before the meta existed). */
  testIsFault?: boolean
}

/**
 * The areas of the README's reliability table, in order. Vendor-independent: each test file
 * already loops over every vendor.
 *
 * @example
 * RELIABILITY_AREAS.map((area) => area.title)
 */
export const RELIABILITY_AREAS: readonly ReliabilityArea[] = [
  {
    title: 'Error parsing, property-based (fast-check)',
    files: ['test/hardening/*.property.test.ts'],
    outcome: 'a typed VendorError keeping the raw body (capped), within 1 s per input',
  },
  {
    title: 'Broken error and token answers',
    files: ['test/hardening/endless-error-body.test.ts', 'test/hardening/token-answers.test.ts', 'test/consumers/malformed-bodies.test.ts'],
    outcome: 'a VendorError, never a TypeError or RangeError; endless bodies cut at the cap',
    testIsFault: true,
  },
  {
    title: 'Hostile catalogs and pact files',
    files: ['test/hardening/hostile-catalog.test.ts', 'test/hardening/hostile-pact-files.test.ts', 'test/catalog/load-catalog.test.ts'],
    outcome: 'an error naming the file, vendor, entry or field',
    testIsFault: true,
  },
  {
    title: 'Hostile doc pages (empty, binary, 50 MB, another site)',
    files: ['test/drift/hostile-pages.test.ts', 'test/drift/live-page.node.test.ts'],
    outcome: 'a drift error naming the vendor and the problem',
    testIsFault: true,
  },
  {
    title: 'Hostile command lines and unwritable --out',
    files: ['test/hardening/hostile-cli.test.ts'],
    outcome: 'a non-zero exit naming the value; nothing half-written',
    testIsFault: true,
  },
  {
    title: 'Sandbox faults during verification',
    files: ['test/verify/*faults.test.ts', 'test/verify/unavailable.test.ts'],
    outcome: '`unavailable`, or verified after an honoured retry; never `mismatch`',
    testIsFault: true,
  },
  {
    title: 'Canary secrets in the environment',
    files: ['test/security/*.test.ts', 'test/verify/*secrets.test.ts', 'test/freshness/*.test.ts'],
    outcome: 'no canary in contracts, reports, logs, errors or snapshots',
  },
]
