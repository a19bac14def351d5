/** Interactions added, removed or changed between two snapshots, by key (`<file> › <description>`). */
export interface ContractChanges {
  added: string[]
  removed: string[]
  changed: string[]
}

/**
 * Compares the interaction hashes recorded at the last version with today's. An interaction whose
 * description changed counts as removed and added.
 *
 * @example
 * contractChanges({ 'a.json › x: …': '1' }, { 'a.json › x: …': '2', 'a.json › y: …': '3' })
 * // { added: ['a.json › y: …'], removed: [], changed: ['a.json › x: …'] }
 */
export function contractChanges(previous: Readonly<Record<string, string>>, current: Readonly<Record<string, string>>): ContractChanges {
  const added = Object.keys(current).filter((key) => !(key in previous))
  const removed = Object.keys(previous).filter((key) => !(key in current))
  const changed = Object.keys(current).filter((key) => key in previous && previous[key] !== current[key])
  return { added: added.sort(), removed: removed.sort(), changed: changed.sort() }
}

/**
 * Whether anything changed at all.
 *
 * @example
 * hasContractChanges({ added: [], removed: [], changed: [] }) // false
 */
export function hasContractChanges(changes: ContractChanges): boolean {
  return changes.added.length + changes.removed.length + changes.changed.length > 0
}
