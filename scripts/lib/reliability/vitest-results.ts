import { readFileSync } from 'node:fs'
import { z } from 'zod'

const AssertionResult = z.looseObject({
  title: z.string(),
  fullName: z.string(),
  status: z.string(),
  meta: z.record(z.string(), z.unknown()).optional(),
})

/** The part of vitest's JSON reporter output the reliability table reads. */
export const VitestResults = z.looseObject({
  testResults: z.array(z.looseObject({ name: z.string(), assertionResults: z.array(AssertionResult) })),
})

/** vitest's JSON results, as {@link VitestResults} reads them. */
export type VitestResults = z.infer<typeof VitestResults>

/**
 * Reads a vitest `--reporter=json` output file; throws an error naming the file when it is not one.
 *
 * @example
 * readVitestResults('reports/reliability-results.json').testResults.length
 */
export function readVitestResults(file: string): VitestResults {
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new Error(`${file}: cannot be read as vitest JSON results (${(error as Error).message})`, { cause: error })
  }
  const parsed = VitestResults.safeParse(raw)
  if (!parsed.success)
    throw new Error(
      `${file}: is not vitest JSON results (field ${parsed.error.issues[0]!.path.join('.') || '(top level)'}: ${parsed.error.issues[0]!.message})`,
    )
  return parsed.data
}
