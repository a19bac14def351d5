import type { PactFile, PactInteraction } from './pact-file.ts'

/**
 * The interactions of a vendor's pact files, in report order (file by file): the order a worker
 * verifies them in and the parent reports them in.
 *
 * @example
 * jobInteractions([pact]).map(({ interaction }) => interaction.description)
 */
export function jobInteractions(pacts: PactFile[]): { pact: PactFile; interaction: PactInteraction }[] {
  return pacts.flatMap((pact) => pact.interactions.map((interaction) => ({ pact, interaction })))
}
