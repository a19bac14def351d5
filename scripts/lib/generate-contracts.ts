import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'

/**
 * Runs the Pact contract tests into a fresh scratch folder (so stale interactions never
 * survive) and returns that folder.
 *
 * @example
 * const dir = generateContracts() // '/tmp/contracts-abc123'
 */
export function generateContracts(options: { quiet?: boolean; vendors?: readonly string[] } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'contracts-'))
  const vitest = join(PROJECT_ROOT, 'node_modules', '.bin', 'vitest')
  // `<vendor>.pact.test.ts` plus `<vendor>-*.pact.test.ts` (docplanner-webhook: the vendor as consumer); vitest reads them as file-name filters.
  const files = options.vendors?.length
    ? options.vendors.flatMap((vendor) => [`test/contract/${vendor}.pact.test.ts`, `test/contract/${vendor}-`])
    : ['test/contract/']
  const run = spawnSync(vitest, ['run', ...files], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PACT_OUT_DIR: dir },
    stdio: options.quiet ? 'pipe' : 'inherit',
    encoding: 'utf8',
  })
  if (run.status !== 0) {
    rmSync(dir, { recursive: true, force: true })
    const output = options.quiet ? `\n${run.stdout ?? ''}${run.stderr ?? ''}` : ''
    throw new Error(`the contract tests failed (vitest exit ${run.status ?? run.signal}); no contract was written${output}`)
  }
  return dir
}

/** One difference between freshly generated contracts and the committed ones. */
export interface ContractDifference {
  file: string
  problem: 'missing' | 'extra' | 'changed'
  interactions: string[]
}

/**
 * One line for a difference: the problem, the file and the interactions that changed.
 *
 * @example
 * describeDifference({ file: 'a-b.json', problem: 'changed', interactions: ['x'] }) // 'changed a-b.json: x'
 */
export function describeDifference(difference: ContractDifference): string {
  return `${difference.problem} ${difference.file}${difference.interactions.length ? `: ${difference.interactions.join('; ')}` : ''}`
}

/**
 * Compares two folders of pact files interaction by interaction.
 *
 * @example
 * compareContracts(freshDir, 'contracts') // [] when the committed contracts are fresh
 */
export function compareContracts(freshDir: string, committedDir: string, only: (file: string) => boolean = () => true): ContractDifference[] {
  const fresh = pactFiles(freshDir).filter(only)
  const committed = pactFiles(committedDir).filter(only)
  const differences: ContractDifference[] = []
  for (const file of new Set([...fresh, ...committed])) {
    if (!committed.includes(file)) differences.push({ file, problem: 'missing', interactions: [] })
    else if (!fresh.includes(file)) differences.push({ file, problem: 'extra', interactions: [] })
    else {
      const before = interactionsByDescription(join(committedDir, file))
      const after = interactionsByDescription(join(freshDir, file))
      const changed = [...new Set([...before.keys(), ...after.keys()])].filter((key) => before.get(key) !== after.get(key))
      const metadataChanged = readPact(join(committedDir, file)).metadata !== readPact(join(freshDir, file)).metadata
      if (changed.length || metadataChanged) differences.push({ file, problem: 'changed', interactions: changed })
    }
  }
  return differences
}

/**
 * Whether a pact file belongs to one of the vendors (its provider or consumer name ends or
 * starts the file name); with no vendors, every file does.
 */
export function pactFileOf(vendors: readonly string[]): (file: string) => boolean {
  if (vendors.length === 0) return () => true
  return (file) => vendors.some((vendor) => file.endsWith(`-${vendor}.json`) || file.startsWith(`${vendor}-`))
}

function pactFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort()
  } catch {
    return []
  }
}

/** Reads a pact file for comparison; a file that is not JSON or not a pact throws an error naming it. */
function readPact(file: string): { metadata: string; interactions: Array<{ description: string }> } {
  let pact: unknown
  try {
    pact = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new Error(`${file}: is not a readable JSON pact file (${(error as Error).message})`, { cause: error })
  }
  const interactions = (pact as { interactions?: unknown } | null)?.interactions
  const described = Array.isArray(interactions) && interactions.every((item) => typeof (item as { description?: unknown } | null)?.description === 'string')
  if (typeof pact !== 'object' || pact === null || Array.isArray(pact) || !described) {
    throw new Error(`${file}: is not a pact file (expected an object whose "interactions" is an array of objects with a "description")`)
  }
  return { metadata: JSON.stringify((pact as { metadata?: unknown }).metadata), interactions: interactions as Array<{ description: string }> }
}

function interactionsByDescription(file: string): Map<string, string> {
  return new Map(readPact(file).interactions.map((interaction) => [interaction.description, JSON.stringify(interaction)]))
}
