import { readFileSync } from 'node:fs'
import { basename } from 'node:path'

/** A provider state as a pact names it: a parameterised sentence and its values. */
export interface PactProviderState {
  name: string
  params?: Record<string, unknown> | undefined
}

/** One HTTP interaction of a pact file, with what verification and reports need from it. */
export interface PactInteraction {
  description: string
  providerStates: PactProviderState[]
  request: { method: string; path: string }
  /** The status the contract expects the provider to answer. */
  expectedStatus: number
  /** The interaction exactly as the pact file holds it. */
  raw: Record<string, unknown>
}

/** A pact file, read and checked. */
export interface PactFile {
  file: string
  consumer: string
  provider: string
  interactions: PactInteraction[]
  /** Everything but the interactions, to write one-interaction copies. */
  envelope: Record<string, unknown>
}

/** A pact file that cannot be verified, naming the file and what is wrong with it. */
export class PactFileError extends Error {
  override name = 'PactFileError' as const
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Reads a pact file (spec V2 to V4, HTTP interactions) and checks the parts verification relies on.
 *
 * @example
 * const pact = readPactFile('contracts/benefits-integration-plansource.json')
 * pact.provider // 'plansource'
 */
export function readPactFile(file: string): PactFile {
  const name = basename(file)
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new PactFileError(`${name}: not a JSON file (${(error as Error).message.split('\n')[0]})`)
  }
  if (!isRecord(parsed) || !isRecord(parsed.consumer) || !isRecord(parsed.provider) || !Array.isArray(parsed.interactions)) {
    throw new PactFileError(`${name}: not a pact (expected "consumer", "provider" and "interactions")`)
  }
  const consumer = parsed.consumer.name
  const provider = parsed.provider.name
  if (typeof consumer !== 'string' || typeof provider !== 'string') throw new PactFileError(`${name}: the consumer and provider need a "name"`)
  const interactions = parsed.interactions.map((raw, index) => readInteraction(raw, `${name} interaction ${index + 1}`))
  const { interactions: _left, ...envelope } = parsed
  return { file, consumer, provider, interactions, envelope }
}

function readInteraction(raw: unknown, where: string): PactInteraction {
  if (!isRecord(raw) || typeof raw.description !== 'string') throw new PactFileError(`${where}: has no description`)
  if (raw.type !== undefined && raw.type !== 'Synchronous/HTTP')
    throw new PactFileError(`${where} ("${raw.description}"): only HTTP interactions can be verified, not ${String(raw.type)}`)
  const request = raw.request
  const response = raw.response
  if (!isRecord(request) || typeof request.method !== 'string' || typeof request.path !== 'string')
    throw new PactFileError(`${where} ("${raw.description}"): the request needs a method and a path`)
  if (!isRecord(response) || typeof response.status !== 'number') throw new PactFileError(`${where} ("${raw.description}"): the response needs a status`)
  const states = raw.providerStates ?? (typeof raw.providerState === 'string' ? [{ name: raw.providerState }] : [])
  if (!Array.isArray(states) || !states.every((state) => isRecord(state) && typeof state.name === 'string')) {
    throw new PactFileError(`${where} ("${raw.description}"): providerStates must be a list of {name, params}`)
  }
  return {
    description: raw.description,
    providerStates: (states as Record<string, unknown>[]).map((state) => ({
      name: state.name as string,
      params: isRecord(state.params) ? state.params : undefined,
    })),
    request: { method: request.method.toUpperCase(), path: request.path },
    expectedStatus: response.status,
    raw,
  }
}

/**
 * Whether an interaction is a draft: written from the vendor's page by `npm run new-vendor` and not
 * yet reviewed (its pact comments carry `draft`; such an interaction is also pending).
 *
 * @example
 * isDraftInteraction({ pending: true, comments: { draft: 'read from the page; not reviewed yet' } }) // true
 */
export function isDraftInteraction(raw: Record<string, unknown>): boolean {
  return isRecord(raw.comments) && typeof raw.comments.draft === 'string'
}

/**
 * A pact holding only one of the file's interactions, so that each interaction is verified on
 * its own and its outcome cannot be confused with another's.
 *
 * @example
 * writeFileSync(path, JSON.stringify(singleInteractionPact(pact, pact.interactions[0])))
 */
export function singleInteractionPact(pact: PactFile, interaction: PactInteraction): Record<string, unknown> {
  return { ...pact.envelope, interactions: [interaction.raw] }
}
