import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The marker name around the generated figures in README.md. */
export const README_FIGURES_MARKER = 'vendor-figures'

/** What the README's figures count, from the contracts. */
export interface ContractFigures {
  vendors: readonly string[]
  /** Interactions of the pacts whose provider is a vendor, and how many of them are pending. */
  interactions: number
  pending: number
  /** Pacts whose provider is not a vendor (a vendor calling us), with their interaction counts. */
  reverse: Array<{ file: string; interactions: number }>
}

/**
 * Counts the interactions of a contracts folder, by whether a vendor is their provider.
 *
 * @example
 * contractFigures('contracts', ['aplos']).interactions // 24
 */
export function contractFigures(contractsDir: string, vendors: readonly string[]): ContractFigures {
  const figures: ContractFigures = { vendors, interactions: 0, pending: 0, reverse: [] }
  for (const file of readdirSync(contractsDir)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const pact = JSON.parse(readFileSync(join(contractsDir, file), 'utf8')) as { provider?: { name?: string }; interactions?: Array<{ pending?: boolean }> }
    const interactions = pact.interactions ?? []
    if (vendors.includes(pact.provider?.name ?? '')) {
      figures.interactions += interactions.length
      figures.pending += interactions.filter((interaction) => interaction.pending === true).length
    } else figures.reverse.push({ file, interactions: interactions.length })
  }
  return figures
}

/**
 * The README's figures paragraph: how many vendors and interactions the main job verifies.
 *
 * @example
 * readmeFigureLines(contractFigures('contracts', VENDOR_IDS)) // ['On a clean clone it verifies all 102 interactions of the 5 vendors …']
 */
export function readmeFigureLines(figures: ContractFigures): string[] {
  const reverse = figures.reverse.map((pact) => `the ${pact.interactions} interactions of \`contracts/${pact.file}\``).join(' and ')
  return [
    `On a clean clone it verifies all ${figures.interactions} interactions of the ${figures.vendors.length} vendors (${figures.vendors.map((vendor) => `\`${vendor}\``).join(', ')})`,
    `against the reference sandboxes; ${figures.pending} of them are Pact *pending* (see "Contracts") and never fail it.`,
    ...(reverse ? [`Where a vendor calls us, \`npm test\` verifies ${reverse}.`] : []),
  ]
}
