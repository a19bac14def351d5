import type { VendorPlan } from '../vendor-plan.ts'

const q = (value: unknown) => JSON.stringify(value)

/**
 * `providers/<id>/sandbox/index.ts`: a skeleton on the sandbox kit (an OAuth 2.0 token endpoint and
 * the placeholder operation) that answers none of the page's errors: they are written by hand from
 * the vendor's docs, never from the catalog, so verification can fail.
 *
 * @example
 * sandboxSource(plan)
 */
export function sandboxSource({ names }: VendorPlan): string {
  const { id, display } = names
  return `import type { AccessTokenClaims } from '../../sandbox-kit/oauth/access-token-claims.ts'
import { bearerToken } from '../../sandbox-kit/oauth/bearer-token.ts'
import { demoClients } from '../../sandbox-kit/oauth/demo-clients.ts'
import { tokenEndpoint } from '../../sandbox-kit/oauth/token-endpoint.ts'
import type { SandboxRequest, SandboxResponse } from '../../sandbox-kit/sandbox-types.ts'
import { startSandboxServer, type ReferenceSandbox, type SandboxOptions } from '../../sandbox-kit/start-sandbox-server.ts'
import { tokenStore } from '../../sandbox-kit/token-store.ts'

/** The placeholder operation of the drafts' requests. */
const TO_FILL_IN = /^\\/to-fill-in\\/[^/]+$/

/**
 * Starts ${display}'s reference sandbox: a skeleton started by \`npm run new-vendor\`, with an OAuth 2.0
 * token endpoint (client credentials, from the sandbox kit) and the placeholder operation, which it
 * answers for any valid token. It answers none of the page's documented errors yet: write them, with
 * ${display}'s tokens, validation rules and entity store, from the vendor's docs and reference (never from
 * the catalog, the contracts or the clients), so that verification can fail.
 *
 * @example
 * const sandbox = await startSandbox()
 * await fetch(\`\${sandbox.url}/to-fill-in/example\`) // 401: no token
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<ReferenceSandbox> {
  const now = options.now ?? Date.now
  const tokens = tokenStore<AccessTokenClaims>(now)
  const clients = demoClients([{ role: 'main', tokenLifetimeMs: 3_600_000 }], { secrets: true })
  const issueToken = tokenEndpoint({ clients, tokens, clientAuthentication: ['client_secret_post'], tokenPrefix: ${q(id.replace(/-/g, '').slice(0, 4))}, now })

  const handle = (request: SandboxRequest): SandboxResponse => {
    if (request.path === '/oauth/token' && request.method === 'POST') return issueToken(request)
    // To fill in: ${display}'s own answer to a call without a valid token (the page's 401s are drafts).
    if (bearerToken(request, tokens).state !== 'valid') return { status: 401, headers: {} }
    if (request.method === 'GET' && TO_FILL_IN.test(request.path)) return { status: 200, headers: { 'Content-Type': 'application/json' }, body: {} }
    return { status: 404, headers: {} }
  }

  // To fill in: ${display}'s own answer to a failure on its side (armed faults, crashes).
  const failure = (status: number): SandboxResponse => ({ status, headers: {} })
  return startSandboxServer({ vendor: ${q(id)}, handle, failure, messageKeys: [], credentials: clients.credentials }, options)
}
`
}

/**
 * `providers/<id>/provider-states.ts`: a handler for each state sentence the drafts use (a
 * vendor-side failure, which only a reference sandbox answers on purpose).
 *
 * @example
 * providerStatesSource(plan)
 */
export function providerStatesSource({ names, catalog }: VendorPlan): string {
  const states = [...new Set(catalog.errors.flatMap((entry) => (entry.state ? [entry.state.name] : [])))]
  return `${states.length ? "import { vendorFailureState } from '../verification/common-states.ts'\n" : ''}import type { StateHandler } from '../verification/verification-profile.ts'

/**
 * ${names.display}'s provider states, keyed by the sentences its contracts use. Started by
 * \`npm run new-vendor\` for the drafts' states; to fill in: a handler for each state a reviewed entry
 * needs, reached through ${names.display}'s public API.
 *
 * @example
 * await ${names.camel}States[${q(states[0] ?? 'a state')}]?.setup({ status: 503 }, context)
 */
export const ${names.camel}States: Record<string, StateHandler> = {
${states.map((state) => `  ${q(state)}: vendorFailureState((params) => Number(params.status), '/'),`).join('\n')}
}
`
}

/**
 * `providers/<id>/verification.ts`: the verification profile, with live tokens from the client kit.
 *
 * @example
 * verificationSource(plan)
 */
export function verificationSource({ names }: VendorPlan): string {
  const { id, display, camel, constant } = names
  return `import { tokenRequest } from '../../consumers/auth/token-request.ts'
import { cachedToken } from '../../consumers/auth/token-source.ts'
import { MissingCredentials, type VerificationProfile } from '../verification/verification-profile.ts'
import { verificationToken } from '../verification/verification-token.ts'
import { ${camel}States } from './provider-states.ts'

/** ${display}'s token endpoint (to fill in from its reference). */
const TOKEN_PATH = '/oauth/token'

/**
 * How ${display} is verified: its API client's environment variables, client-credentials tokens sent as
 * \`Bearer\`, and its provider states. Started by \`npm run new-vendor\`; to fill in from its reference.
 *
 * @example
 * verificationProfile.urlEnv.name // ${q(`${constant}_SANDBOX_URL`)}
 */
export const verificationProfile: VerificationProfile = {
  vendor: ${q(id)},
  urlEnv: { key: 'url', name: ${q(`${constant}_SANDBOX_URL`)}, secret: false, purpose: ${q(`the API host of a ${display} test account (to fill in)`)} },
  env: [
    { key: 'clientId', name: ${q(`${constant}_CLIENT_ID`)}, secret: false, purpose: 'the test account’s API client id' },
    { key: 'clientSecret', name: ${q(`${constant}_CLIENT_SECRET`)}, secret: true, purpose: "that client's secret" },
  ],
  tokenPath: TOKEN_PATH,
  authHeader: (token) => \`Bearer \${token}\`,
  credentials(values, api, redactor) {
    const main = cachedToken(async () => {
      const clientId = values('clientId')
      const clientSecret = values('clientSecret')
      if (!clientId || !clientSecret) throw new MissingCredentials(${q(`set ${constant}_CLIENT_ID and ${constant}_CLIENT_SECRET`)})
      redactor.add(clientSecret)
      const request = tokenRequest({ client: { method: 'client_secret_post', clientId, clientSecret } })
      return verificationToken(api, redactor, TOKEN_PATH, request, { endpoint: ${q(`${display}'s token endpoint`)}, defaultLifetimeMs: 3_600_000 })
    })
    return { accessToken: () => main.token() }
  },
  states: ${camel}States,
}
`
}

/**
 * `providers/<id>/reference-probes.ts`: the token request and one valid call of the placeholder operation.
 *
 * @example
 * referenceProbesSource(plan)
 */
export function referenceProbesSource({ names }: VendorPlan): string {
  return `import type { ReferenceProbes } from '../api-reference/reference-probe.ts'
import { REFERENCE_CONTROL_PATH } from '../sandbox-kit/reference-control.ts'

/**
 * ${names.display}'s requests as its reference sends them: started by \`npm run new-vendor\` with an OAuth 2.0
 * client-credentials token request and one call of the placeholder operation. To fill in: the token
 * request as ${names.display}'s SDK or guide sends it, and one valid request per operation the catalog uses.
 *
 * @example
 * const headers = await referenceProbes.authorize(send, sandbox.url)
 */
export const referenceProbes: ReferenceProbes = {
  async authorize(send, baseUrl) {
    const described = (await (await fetch(new URL(REFERENCE_CONTROL_PATH, baseUrl))).json()) as { credentials: { clientId: string; clientSecret: string } }
    const { clientId, clientSecret } = described.credentials
    const answer = await send({ method: 'POST', path: '/oauth/token', form: { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret } })
    const token = (answer.json as { access_token?: unknown } | undefined)?.access_token
    if (typeof token !== 'string') throw new Error(\`${names.display}'s token endpoint answered \${answer.status}: \${answer.text.slice(0, 200)}\`)
    return { Authorization: \`Bearer \${token}\` }
  },
  valid: [{ operation: 'toFillIn', request: { method: 'GET', path: '/to-fill-in/example' } }],
}
`
}

/**
 * `providers/<id>/doc-extractor.ts`: the extractor kit, configured by the vendor's `doc-page.json`.
 *
 * @example
 * docExtractorSource(plan)
 */
export function docExtractorSource({ names }: VendorPlan): string {
  return `import { configuredExtractor } from '../doc-pages/configured-extractor.ts'
import docPage from './doc-page.json' with { type: 'json' }

/**
 * Reads ${names.display}'s error page as \`doc-page.json\` configures it (written by \`npm run new-vendor\`
 * from the page): its landmarks, its sections, its status and code tables, its JSON examples. A
 * quirk of the page the configuration cannot say goes here, as code (see \`ReadingQuirks\`).
 *
 * @example
 * docExtractor(textBlocks(snapshot), { vendor: ${q(names.id)}, source: ${q(`${names.id}.txt`)} }).errors.length
 */
export const docExtractor = configuredExtractor(docPage)
`
}

/**
 * `providers/<id>/drift-cases.ts`: the edits drift must report, checked against the drafts when written.
 *
 * @example
 * driftCasesSource(plan)
 */
export function driftCasesSource({ names, drift }: VendorPlan): string {
  return `import type { DriftCases } from '../../test/drift/support/drift-cases.ts'
import { insertLineAfter, removeLine } from '../../test/drift/support/page-edits.ts'

/** Edits of ${names.display}'s stored page that drift must report exactly, and reformattings it must not (written by \`npm run new-vendor\`). */
export const driftCases: DriftCases = {
  edits: [
    {
      name: 'a row added',
      edit: (page) => insertLineAfter(page, ${q(drift.added.anchor)}, ${q(drift.added.line)}),
      expected: () => [{ kind: 'added', code: ${q(drift.added.code)} }],
    },
    {
      name: 'a row removed',
      edit: (page) => removeLine(page, ${q(drift.removed.anchor)}),
      expected: () => [{ kind: 'removed', id: ${q(drift.removed.id)} }],
    },
  ],
  swap: [${q(drift.swap[0])}, ${q(drift.swap[1])}],
  addedProse: [${q(drift.addedProse[0])}, ${q(drift.addedProse[1])}],
}
`
}

/**
 * The vendor's own tests: the contract test (run by \`npm run contracts\`) and a behaviour test that
 * replays every documented error through the client.
 *
 * @example
 * vendorTestSources(plan)['test/contract/acme.pact.test.ts']
 */
export function vendorTestSources({ names }: VendorPlan): Record<string, string> {
  const { id, display } = names
  return {
    [`test/contract/${id}.pact.test.ts`]: `import { contractBinding } from '../../consumers/${id}/contract-binding.ts'
import { describeCatalogContracts } from './support/describe-catalog-contracts.ts'

describeCatalogContracts(contractBinding)
`,
    [`test/behaviour/${id}-documented-errors.test.ts`]: `import { describeDocumentedErrors } from './support/documented-errors.ts'

/** ${display}'s client on each documented error; ${display}'s own behaviour (its quirks) gets its tests here. */
describeDocumentedErrors(${q(id)})
`,
  }
}
