import type { ReplayInteraction } from './replay-interaction.ts'

/** What a listener hears about each interaction a replay served. */
export type ServedListener = (interaction: Pick<ReplayInteraction, 'file' | 'description' | 'key' | 'vendor' | 'id'>) => void

// A set, so registering the same listener again (each test file of a shared worker) adds it once.
const listeners = new Set<ServedListener>()

/**
 * Calls `listener` with every interaction a replay serves (unless the replay was made with
 * `record: false`), e.g. to check that each contract interaction is served by some test. Returns
 * the function that removes it again.
 *
 * @example
 * const served = new Set<string>()
 * const stop = onReplayServed((interaction) => served.add(interaction.key))
 * @see ../../README.md#replaying-contracts-in-unit-tests-msw
 */
export function onReplayServed(listener: ServedListener): () => void {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

/**
 * Tells every listener that an interaction was served (called by the replay handler).
 *
 * @example
 * notifyServed(interaction)
 */
export function notifyServed(interaction: ReplayInteraction): void {
  for (const listener of listeners) listener(interaction)
}
