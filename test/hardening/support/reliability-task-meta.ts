import type { FastCheckMeta, ReliabilityMeta } from '../../../scripts/lib/reliability/reliability-meta.ts'

declare module 'vitest' {
  interface TaskMeta {
    /** Counts the reliability table reads from the JSON reporter (see scripts/lib/reliability/). */
    reliability?: ReliabilityMeta
    /** The seed and runs of a property test (see test/hardening/support/property-settings.ts). */
    fastCheck?: FastCheckMeta
  }
}
