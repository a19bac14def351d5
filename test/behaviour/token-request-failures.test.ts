import { describe, expect, it } from 'vitest'
import { AplosClient } from '../../consumers/aplos/aplos-client.ts'
import { isVendorError } from '../../consumers/errors/vendor-error.ts'
import { PlanSourceClient } from '../../consumers/plansource/plansource-client.ts'
import { replay } from '../support/replay/replay.ts'
import { useReplayServer } from '../support/replay/replay-server.ts'
import { documentedRequest } from './support/documented-call.ts'
import { rejection } from './support/provoke.ts'
import { VENDOR_HOSTS } from './support/vendor-clients.ts'

const server = useReplayServer()
let paths: string[] = []
server.events.on('request:start', ({ request }) => void paths.push(new URL(request.url).pathname))

describe('a failing token request fails the call that needed it, once', () => {
  it('PlanSource: an expired client assertion fails the call without reaching the API or signing again', async () => {
    paths = []
    server.use(replay('plansource', 'token-has-expired'))
    let signed = 0
    const client = new PlanSourceClient({
      baseUrl: VENDOR_HOSTS.plansource,
      clientId: 'client-id',
      clientAssertion: () => `assertion-${++signed}`,
    })
    const error = await rejection(client.getEmployee({ id: '1001' }))
    expect(isVendorError(error) && { status: error.status, kind: error.kind, retryable: error.retryable }).toEqual({
      status: 400,
      kind: 'auth',
      retryable: false,
    })
    expect({ signed, paths }).toEqual({ signed: 1, paths: ['/oauth/v2/token'] })
  })

  it.each(['client-disabled', 'client-invalid'] as const)('Aplos "%s": the auth call fails the API call, with no second auth call', async (scenario) => {
    paths = []
    server.use(replay('aplos', scenario))
    const { clientId } = documentedRequest('aplos', scenario).args as { clientId: string }
    const client = new AplosClient({ baseUrl: VENDOR_HOSTS.aplos, clientId, decryptToken: (token) => token })
    const error = await rejection(client.listAccounts())
    expect(isVendorError(error) && { status: error.status, kind: error.kind }).toEqual({ status: 401, kind: 'auth' })
    expect(paths).toEqual([`/hermes/api/v1/auth/${clientId}`])
  })
})
