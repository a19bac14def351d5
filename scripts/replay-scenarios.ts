/**
 * `npm run replay:scenarios` regenerates consumers/replay/scenarios.generated.ts (the typed
 * scenario names of `replay()`) from the pact files in contracts/.
 */
import { relative } from 'node:path'
import { PROJECT_ROOT } from '../providers/catalog/project-root.ts'
import { SCENARIOS_FILE, writeScenarioNames } from './lib/replay/scenario-names-source.ts'

try {
  const changed = writeScenarioNames()
  console.log(`replay:scenarios: ${relative(PROJECT_ROOT, SCENARIOS_FILE)} ${changed ? 'rewritten' : 'already fresh'}`)
} catch (error) {
  console.error(`replay:scenarios: ${(error as Error).message}`)
  process.exit(1)
}
