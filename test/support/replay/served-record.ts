import { appendFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { threadId } from 'node:worker_threads'
import type { ReplayInteraction } from './replay-interaction.ts'

/** The environment variable naming the folder served interactions are recorded in (set by the global setup). */
export const SERVED_DIR_ENV = 'REPLAY_SERVED_DIR'

/** One line of the record: which interaction of which pact file was served. */
export interface ServedInteraction {
  file: string
  description: string
}

const written = new Set<string>()

/**
 * Records that a unit test was served an interaction, once per interaction and worker, in a file
 * of its own per process and thread so parallel workers never write to the same file. Does
 * nothing when no record folder is set (scripts, benchmarks).
 *
 * @example
 * recordServed(interaction) // appends {"file":"…plansource.json","description":"employee-not-found: …"}
 */
export function recordServed(interaction: Pick<ReplayInteraction, 'file' | 'description' | 'key'>): void {
  const dir = process.env[SERVED_DIR_ENV]
  if (!dir || written.has(interaction.key)) return
  written.add(interaction.key)
  mkdirSync(dir, { recursive: true })
  const line: ServedInteraction = { file: interaction.file, description: interaction.description }
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
