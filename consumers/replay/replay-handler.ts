import { http, HttpResponse, type HttpHandler } from 'msw'
import { buildResponse, isStaticResponse, type ReplayedResponse } from './build-response.ts'
import { chooseInteraction, type Choice } from './choose-interaction.ts'
import { seededRandom, type GeneratorContext } from './generate-value.ts'
import type { VendorContracts } from './load-contracts.ts'
import type { ReplayInteraction } from './replay-interaction.ts'
import { ReplayError } from './replay-error.ts'
import { reportReplayProblem } from './replay-problems.ts'
import { notifyServed } from './served-listeners.ts'

/** How a replay answers, beyond which scenarios it serves. */
export interface ReplayOptions {
  /** Values for `fromProviderState` expressions (e.g. `{ id: '42' }`); the interaction's state params fill the rest. */
  state?: Readonly<Record<string, unknown>> | undefined
  /** Answer at most this many requests, then let them pass to the next handler (1 = once). */
  times?: number | undefined
  /** Only answer requests to these origins (`https://partner-dev-api.plansource.com`); default: any origin. */
  origin?: string | readonly string[] | undefined
  /** The clock date/time generators count from; default `Date.now` (so fake timers apply). */
  now?: (() => number) | undefined
  /** Seed of the random generators, so random values repeat from run to run; default 1. */
  seed?: number | undefined
  /** Tell the `onReplayServed()` listeners which interactions this handler served; default true. */
  record?: boolean | undefined
}

/** What a replay handler serves from: one vendor's contracts and the scenarios picked, if any. */
export interface ReplaySource {
  contracts: VendorContracts
  picked: ReadonlySet<ReplayInteraction> | undefined
}

const sources = new WeakMap<object, ReplaySource>()

/**
 * The contracts and picks behind a handler made by {@link createReplayHandler}; undefined for other handlers.
 *
 * @example
 * server.listHandlers().map(replaySourceOf).filter(Boolean)
 */
export function replaySourceOf(handler: unknown): ReplaySource | undefined {
  return typeof handler === 'object' && handler !== null ? sources.get(handler) : undefined
}

const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304])

/**
 * One catch-all MSW handler that answers from a vendor's contracts: the request is looked up in
 * the vendor's index (cost independent of how many interactions there are) and answered with the
 * chosen interaction's response. Requests it has no answer for are not claimed, so MSW moves on
 * to the next handler and, at the end, to `onUnhandledRequest`. An ambiguous request is answered
 * with a network error and reported (see {@link reportReplayProblem}), never with the first candidate.
 *
 * @example
 * server.use(createReplayHandler(loadContracts().get('plansource')!, undefined))
 */
export function createReplayHandler(contracts: VendorContracts, picked: ReadonlySet<ReplayInteraction> | undefined, options: ReplayOptions = {}): HttpHandler {
  const choices = new WeakMap<Request, Choice>()
  const origins = options.origin === undefined ? undefined : new Set(typeof options.origin === 'string' ? [options.origin] : options.origin)
  const random = seededRandom(options.seed ?? 1)
  const now = options.now ?? Date.now
  const built = new Map<ReplayInteraction, ReplayedResponse>()
  // Answers promised so far; counted when a request is claimed, so concurrent requests cannot exceed `times`.
  let claimed = 0

  const handler = http.all(
    async ({ request }) => {
      if (options.times !== undefined && claimed >= options.times) return false
      const url = new URL(request.url)
      if (origins !== undefined && !origins.has(url.origin)) return false
      const incoming = { method: request.method, path: url.pathname, query: url.searchParams, headers: request.headers }
      const choice = await chooseInteraction(contracts, picked, incoming, () => request.clone().text())
      if (choice.kind === 'none') return false
      if (choice.kind === 'serve' && options.times !== undefined) {
        if (claimed >= options.times) return false
        claimed++
      }
      choices.set(request, choice)
      return true
    },
    ({ request }) => {
      const choice = choices.get(request)
      if (choice === undefined || choice.kind === 'none') return undefined
      if (choice.kind === 'ambiguous') {
        reportReplayProblem(new ReplayError('ambiguous', ambiguityMessage(request, contracts.vendor, choice.candidates, picked !== undefined)))
        return HttpResponse.error()
      }
      const { interaction } = choice
      let response = built.get(interaction)
      if (response === undefined) {
        const context: GeneratorContext = { state: stateValues(interaction, options.state), now, random, origin: new URL(request.url).origin }
        try {
          response = buildResponse(interaction.response, context)
        } catch (error) {
          reportReplayProblem(new ReplayError('bad-pact-file', `replay: cannot build the answer of ${interaction.key}: ${(error as Error).message}`))
          return HttpResponse.error()
        }
        if (isStaticResponse(interaction.response)) built.set(interaction, response)
      }
      if (options.record !== false) notifyServed(interaction)
      const headers = new Headers()
      for (const [name, value] of response.headers) headers.append(name, value)
      const body = NULL_BODY_STATUSES.has(response.status) ? null : (response.body ?? null)
      return new HttpResponse(body, { status: response.status, headers })
    },
  )
  sources.set(handler, { contracts, picked })
  return handler
}

function stateValues(interaction: ReplayInteraction, supplied: Readonly<Record<string, unknown>> | undefined): Record<string, unknown> {
  return Object.assign({}, ...interaction.states.map((state) => state.params), supplied)
}

function ambiguityMessage(request: Request, vendor: string, candidates: readonly ReplayInteraction[], picked: boolean): string {
  const names = candidates.map((interaction) => `"${interaction.id}"`).join(', ')
  const url = new URL(request.url)
  const advice = picked
    ? 'the scenarios picked overlap; pick only one of them'
    : `pick one: replay('${vendor}', ${candidates[0] ? `'${candidates[0].id}'` : '…'})`
  return `replay: ${request.method} ${url.pathname}${url.search} matches ${candidates.length} ${vendor} interactions (${names}) and none was picked alone; ${advice}`
}
