import type { VendorId } from '../vendor-ids.ts'
import type { InteractionResult } from './interaction-outcome.ts'
import type { TransportPolicy } from './transport-policy.ts'

/** Where one vendor is verified. */
export type JobTarget = { kind: 'reference' } | { kind: 'url' | 'real'; url: string }

/** Everything a worker needs to verify one vendor. Holds no secrets: the worker reads them from its environment. */
export interface VendorJob {
  vendor: VendorId
  target: JobTarget
  /** Pact files whose provider is this vendor, in report order. */
  pactFiles: string[]
  /** No interaction starts after this instant (epoch ms). */
  deadlineAt: number
  /** Overrides of the default transport policy. */
  policy: Partial<Omit<TransportPolicy, 'deadlineAt'>>
  awaitTokenExpiry: boolean
}

/** What a worker reports, one message per event. */
export type WorkerMessage =
  /** Where the worker verifies, and whether the target answered as this vendor's reference sandbox. */
  | { type: 'target'; url: string; kind: JobTarget['kind']; referenceSandbox: boolean }
  | { type: 'result'; index: number; result: InteractionResult }
  | { type: 'fatal'; message: string }
  | { type: 'done' }
