import { MatchersV3, PactV4 } from '@pact-foundation/pact'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isVendorError } from '../../../consumers/errors/vendor-error.ts'
import type { CatalogEntry } from '../../../providers/catalog/catalog-schema.ts'
import { loadCatalog } from '../../../providers/catalog/load-catalog.ts'
import { isPending } from '../../../providers/catalog/pending-reason.ts'
import type { ContractBinding } from './contract-binding.ts'
import { CONTRACT_CREDENTIALS } from '../../../providers/contract-credentials.ts'
import { contractsOutDir } from './contracts-dir.ts'
import { escapeRegex } from './escape-regex.ts'
import { jsonBodyAs } from './json-body-as.ts'
import { PactParts } from './pact-parts.ts'
import { contentTypeMatcher, responseTemplate } from './response-template.ts'
import { runSettled, type SettleOutcome } from './settle-mock-server.ts'
import { appendSettleReport } from './settle-report.ts'

/** The interaction description for a catalog entry; MSW scenarios and reports use it as the name. */
export function interactionDescription(entry: CatalogEntry): string {
  return `${entry.id}: ${entry.request.trigger}`
}

/** Where the catalog is read from; the benchmarks point it at synthetic catalogs. */
export interface CatalogContractsOptions {
  /** The folder holding `providers/<vendor>/catalog.json` (default: the project root). */
  root?: string
}

/**
 * Writes one Pact interaction per catalog entry of a vendor and drives the vendor's real client
 * against the mock server, asserting the typed error it raises.
 *
 * Each interaction gets its own mock server and its own scratch pact file; the scratch files
 * are merged into the vendor's pact file once all interactions passed ({@link PactParts}), so
 * the cost per interaction does not grow with the catalog. Before pact-js reads the mock
 * server's records, the test waits for them to be complete ({@link runSettled}); see
 * `STEADINESS.md` for why.
 *
 * @example
 * describeCatalogContracts(contractBinding)
 */
export function describeCatalogContracts(binding: ContractBinding, options: CatalogContractsOptions = {}): void {
  const catalog = loadCatalog(binding.vendor, options.root)
  const parts = new PactParts(contractsOutDir())
  const settling: SettleOutcome[] = []

  describe(`${binding.vendor} error contracts`, () => {
    beforeAll(() => parts.open())
    afterAll(() => {
      const result = parts.close(catalog.errors.length)
      if (result.written === undefined && result.parts > 0) {
        console.warn(`${binding.vendor}: ${result.parts} of ${result.expected} interactions passed; its pact file was left as it was`)
      }
      appendSettleReport(binding.vendor, settling)
    })

    catalog.errors.forEach((entry, index) => {
      it(`raises a ${entry.kind} error for ${entry.id} (${entry.status})`, async () => {
        const pact = new PactV4({ consumer: catalog.consumer, provider: binding.vendor, dir: parts.dirFor(index), logLevel: 'error' })
        const interaction = buildInteraction(pact.addInteraction(), entry, binding)
        await interaction.executeTest((mockServer) =>
          runSettled(
            mockServer,
            async () => {
              if (!binding.modes.includes(entry.request.credentials))
                throw new Error(
                  `${binding.vendor}: catalog entry ${entry.id} is sent with "${entry.request.credentials}" credentials, which consumers/${binding.vendor}/contract-binding.ts does not list in modes: build that client in makeClient and list the mode`,
                )
              const client = binding.makeClient(mockServer.url, entry.request.credentials) as Record<string, unknown>
              const operation = client[entry.request.operation]
              if (typeof operation !== 'function')
                throw new Error(
                  `${binding.vendor} client has no operation "${entry.request.operation}" (catalog entry ${entry.id}): add it to the client in consumers/${binding.vendor}/`,
                )
              const error = await (operation as (args: unknown) => Promise<unknown>).call(client, entry.request.args).then(
                () => new Error(`${entry.id}: the client resolved instead of raising a vendor error`),
                (reason: unknown) => reason,
              )
              if (!isVendorError(error)) throw error
              expect({ kind: error.kind, status: error.status, code: error.code, bodyProblem: error.bodyProblem }).toEqual({
                kind: entry.kind,
                status: entry.status,
                code: entry.code,
                bodyProblem: undefined,
              })
              expect(error.field).toBe(binding.expectedField?.(entry))
              expect(error.vendorMessage ?? null).toBe(entry.message)
            },
            { onSettled: (outcome) => settling.push(outcome) },
          ),
        )
      })
    })
  })
}

type UnconfiguredInteraction = ReturnType<PactV4['addInteraction']>

function buildInteraction(start: UnconfiguredInteraction, entry: CatalogEntry, binding: ContractBinding) {
  let interaction = start
  if (entry.state) interaction = interaction.given(entry.state.name, entry.state.params)
  if (isPending(entry)) interaction = interaction.pending(true)
  // A draft says so in the pact file itself, so verification and every reader of the contracts can tell.
  if (entry.draft !== undefined) interaction = interaction.comment({ key: 'draft', value: entry.draft })
  const { request } = entry
  return interaction
    .uponReceiving(interactionDescription(entry))
    .withRequest(request.method, request.path, (builder) => {
      if (Object.keys(request.query).length) builder.query(request.query)
      const headers = requestHeaders(entry, binding)
      if (Object.keys(headers).length) builder.headers(headers as never)
      if (request.body !== undefined) builder.jsonBody(request.body)
    })
    .willRespondWith(entry.status, (builder) => {
      const headers: Record<string, unknown> = { 'Content-Type': contentTypeMatcher(entry.contentType) }
      for (const [name, value] of Object.entries(entry.headers)) headers[name] = MatchersV3.like(value)
      builder.headers(headers as never)
      if (entry.body !== null) jsonBodyAs(builder, entry.contentType, responseTemplate(entry))
    })
}

function requestHeaders(entry: CatalogEntry, binding: ContractBinding): Record<string, unknown> {
  const mode = entry.request.credentials
  if (mode === 'valid') {
    const { name, value } = binding.authHeader(CONTRACT_CREDENTIALS.accessToken)
    return { [name]: MatchersV3.regex(`^${escapeRegex(binding.authHeader('').value)}\\S+$`, value) }
  }
  if (mode === 'expired') {
    const { name, value } = binding.authHeader(CONTRACT_CREDENTIALS.expiredToken)
    const expression = binding.authHeader('${expiredToken}').value
    return { [name]: MatchersV3.fromProviderState(expression, value) }
  }
  if (mode === 'basic-scheme') {
    const basic = `Basic ${Buffer.from(`${CONTRACT_CREDENTIALS.clientId}:${CONTRACT_CREDENTIALS.clientSecret}`).toString('base64')}`
    return { Authorization: MatchersV3.regex('^Basic \\S+$', basic) }
  }
  if (mode === 'client-credentials') return binding.tokenRequestHeaders ?? {}
  return {}
}
