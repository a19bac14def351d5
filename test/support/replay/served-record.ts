import { appendFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { threadId } from 'node:worker_threads'
import type { ReplayInteraction } from '../../../consumers/replay/replay-interaction.ts'

/** The environment variable naming the folder served interactions are recorded in (set by the global setup). */
export const SERVED_DIR_ENV = 'REPLAY_SERVED_DIR'

/** One line of the record: which interaction of which pact file was served, and to which test when known. */
export interface ServedInteraction {
  file: string
  description: string
  /** `test/behaviour/x.test.ts › retries …`: the test that was running (the report's "replayed" column names it). */
  test?: string
}

const written = new Set<string>()
let currentTest: () => string | undefined = () => undefined

/**
 * Tells the record how to name the test that is running (set by `useReplayServer`, which runs
 * inside vitest); without it lines carry no test name.
 *
 * @example
 * nameCurrentTest(() => expect.getState().currentTestName)
 */
export function nameCurrentTest(source: () => string | undefined): void {
  currentTest = source
}

/**
 * Records that a unit test was served an interaction, once per interaction, test and worker, in a file
 * of its own per process and thread so parallel workers never write to the same file. Does
 * nothing when no record folder is set (scripts, benchmarks).
 *
 * @example
 * recordServed(interaction) // appends {"file":"…plansource.json","description":"employee-not-found: …"}
 */
export function recordServed(interaction: Pick<ReplayInteraction, 'file' | 'description' | 'key'>): void {
  const dir = process.env[SERVED_DIR_ENV]
  if (!dir) return
  const test = currentTest()
  const key = `${interaction.key}\u0000${test ?? ''}`
  if (written.has(key)) return
  written.add(key)
  mkdirSync(dir, { recursive: true })
  const line: ServedInteraction = { file: interaction.file, description: interaction.description, ...(test ? { test } : {}) }
  appendFileSync(join(dir, `served-${process.pid}-${threadId}.jsonl`), `${JSON.stringify(line)}\n`)
}

/**
 * Every interaction recorded in a folder, by all workers, as `file › description` keys.
 *
 * @example
 * readServed(dir).has('benefits-integration-plansource.json › forbidden: …') // true
 */
export function readServed(dir: string): Set<string> {
  const served = new Set<string>()
  let names: string[]
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.jsonl'))
  } catch {
    return served
  }
  for (const name of names) {
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      if (line.trim() === '') continue
      const { file, description } = JSON.parse(line) as ServedInteraction
      served.add(`${file} › ${description}`)
    }
  }
  return served
}
