import { createServer } from 'node:http'
import { listenOnLoopback } from './loopback-server.ts'
import type { StateChanges } from './state-adapter.ts'

/** The body the Pact verifier posts before and after an interaction (`providerStatesSetupBody`). */
interface StateChangeRequest {
  state?: unknown
  params?: unknown
  action?: unknown
}

/**
 * The endpoint the Pact verifier calls to set up and tear down provider states
 * (`providerStatesSetupUrl`), on its own port so it can never shadow a vendor path. It runs the
 * current interaction's {@link StateChanges} and answers the setup's values as JSON, for the
 * contract's `fromProviderState` expressions. A state with no change, or an action other than
 * setup and teardown, is answered with `{}`: which states are missing is checked before the
 * verifier runs. A body that is not JSON gets a 400 naming the problem, so the verifier reports it.
 *
 * @example
 * const states = await startStateChangeServer(() => current?.states)
 * new Verifier({ providerStatesSetupUrl: states.url, ... })
 */
export async function startStateChangeServer(changes: () => StateChanges | undefined) {
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = []
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
    incoming.on('end', () => {
      answer(Buffer.concat(chunks).toString('utf8')).then(
        ({ status, body }) => {
          const text = JSON.stringify(body)
          outgoing.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) })
          outgoing.end(text)
        },
        () => outgoing.destroy(),
      )
    })
  })

  async function answer(text: string): Promise<{ status: number; body: unknown }> {
    const request = parseObject(text)
    if (!request) return { status: 400, body: { error: 'a state change must be a JSON object with "state" and "action"' } }
    const current = changes()
    const name = typeof request.state === 'string' ? request.state : undefined
    const change = current && name !== undefined && Object.hasOwn(current, name) ? current[name] : undefined
    if (!change) return { status: 200, body: {} }
    if (request.action === 'setup') return { status: 200, body: await change.setup(request.params) }
    if (request.action === 'teardown') await change.teardown(request.params)
    return { status: 200, body: {} }
  }

  const listening = await listenOnLoopback(server)
  return { ...listening, url: `${listening.url}/` }
}

function parseObject(text: string): StateChangeRequest | undefined {
  try {
    const parsed: unknown = JSON.parse(text)
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? parsed : undefined
  } catch {
    return undefined
  }
}
