import { join } from 'node:path'
import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'

/**
 * Where contract tests write pact files: `PACT_OUT_DIR` when set (the freshness check and the
 * benchmarks write to a scratch folder), else the committed `contracts/`.
 */
export function contractsOutDir(): string {
  return process.env.PACT_OUT_DIR ?? join(PROJECT_ROOT, 'contracts')
}
