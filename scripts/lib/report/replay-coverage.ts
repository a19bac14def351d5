import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { readJsonInput, type ReportInput } from './report-input.ts'

/** One interaction the replay loaded, and whether (and by which unit tests) it was served. */
export const ReplayedInteraction = z.looseObject({
  /** The pact file's provider: the vendor id (or `booking-webhook`). */
  vendor: z.string(),
  description: z.string(),
  /** The unit tests it was served to, when the record names them. */
  tests: z.array(z.string()).default([]),
  /** Served at least once; defaults to "some test is named". */
  served: z.boolean().optional(),
})

/**
 * A replay coverage record as JSON: which interactions the MSW replay served, and to which tests.
 * `servedOnly` records list served interactions only, so an absent one was not served.
 *
 * @example
 * ReplayCoverage.parse({ interactions: [{ vendor: 'usta', description: 'rate-limited: …', tests: ['test/x.test.ts › retries'] }] })
 */
export const ReplayCoverage = z.looseObject({ servedOnly: z.boolean().default(false), interactions: z.array(ReplayedInteraction) })

export type ReplayedInteraction = z.output<typeof ReplayedInteraction>
export type ReplayCoverage = z.output<typeof ReplayCoverage>

/** One line of the replay's served record (test/support/replay/served-record.ts), plus the test when recorded. */
const ServedLine = z.looseObject({ file: z.string(), description: z.string(), test: z.string().optional() })

/**
 * Reads the replay coverage: a JSON record, or the folder of `served-*.jsonl` files the replay
 * writes while unit tests run (`REPLAY_SERVED_DIR`). Lines name the pact file; `vendorOfFile`
 * turns it into the vendor. An empty or absent folder is "missing": the tests did not run.
 *
 * @example
 * readReplayInput('reports/replay-served', 'reports/replay-served', (file) => index.providerByFile.get(file))
 */
export function readReplayInput(path: string, shownAs: string, vendorOfFile: (file: string) => string | undefined): ReportInput<ReplayCoverage> {
  let isFolder: boolean
  try {
    isFolder = statSync(path).isDirectory()
  } catch {
    return { state: 'missing', file: shownAs }
  }
  if (!isFolder) return readJsonInput(path, ReplayCoverage, shownAs)
  const names = readdirSync(path)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
  if (names.length === 0) return { state: 'missing', file: shownAs }
  const interactions: ReplayedInteraction[] = []
  for (const name of names) {
    const lines = readFileSync(join(path, name), 'utf8').split('\n')
    for (const [index, line] of lines.entries()) {
      if (line.trim() === '') continue
      let parsed: ReturnType<typeof ServedLine.safeParse>
      try {
        parsed = ServedLine.safeParse(JSON.parse(line))
      } catch {
        return { state: 'invalid', file: shownAs, problem: `${shownAs}/${name} line ${index + 1} is not valid JSON` }
      }
      if (!parsed.success) return { state: 'invalid', file: shownAs, problem: `${shownAs}/${name} line ${index + 1}: expected {"file","description"}` }
      const { file, description, test } = parsed.data
      interactions.push({ vendor: vendorOfFile(file) ?? file, description, tests: test ? [test] : [], served: true })
    }
  }
  return { state: 'loaded', file: shownAs, data: { servedOnly: true, interactions } }
}
