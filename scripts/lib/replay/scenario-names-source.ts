import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'
import { CONTRACTS_DIR, contractsFromPacts, pactFileNames } from '../../../consumers/replay/load-contracts.ts'
import { readPactFile } from '../../../consumers/replay/read-pact-file.ts'

/** The generated file of scenario names the `replay()` types read. */
export const SCENARIOS_FILE = join(PROJECT_ROOT, 'consumers', 'replay', 'scenarios.generated.ts')

/** The command that regenerates {@link SCENARIOS_FILE}. */
export const SCENARIOS_COMMAND = 'npm run generate'

/**
 * The TypeScript source of the scenario-name table for the pact files in a folder: per vendor,
 * each interaction's short name first, then descriptions and provider states.
 *
 * @example
 * scenarioNamesSource() // "export const REPLAY_SCENARIOS = {\n  plansource: [\n    'employee-not-found', …"
 */
export function scenarioNamesSource(dir: string = CONTRACTS_DIR): string {
  const lines = [
    `// Generated from contracts/ by \`${SCENARIOS_COMMAND}\` (also run by \`npm run contracts\`). Do not edit:`,
    '// test/replay/scenario-names.test.ts fails when this file is stale.',
    '',
    '/** Every scenario name each replay vendor answers to, from the committed pact files. */',
    'export const REPLAY_SCENARIOS = {',
  ]
  // Read afresh, not through loadContracts' cache: `npm run contracts` renders this again after writing contracts.
  for (const [vendor, contracts] of contractsFromPacts(pactFileNames(dir).map((name) => readPactFile(join(dir, name))))) {
    const ids = contracts.interactions.map((interaction) => interaction.id)
    const others = contracts.interactions.flatMap((interaction) => interaction.names.filter((name) => name !== interaction.id))
    lines.push(`  ${quoteKey(vendor)}: [`)
    for (const name of [...new Set([...ids, ...others])]) lines.push(`    ${quote(name)},`)
    lines.push('  ],')
  }
  lines.push('} as const', '')
  return lines.join('\n')
}

/**
 * Rewrites {@link SCENARIOS_FILE} when it differs from the contracts; returns whether it changed.
 *
 * @example
 * writeScenarioNames() // true after a contract was added
 */
export function writeScenarioNames(dir: string = CONTRACTS_DIR): boolean {
  const source = scenarioNamesSource(dir)
  let current = ''
  try {
    current = readFileSync(SCENARIOS_FILE, 'utf8')
  } catch {
    // First generation.
  }
  if (current === source) return false
  writeFileSync(SCENARIOS_FILE, source)
  return true
}

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
}

function quoteKey(text: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(text) ? text : quote(text)
}
