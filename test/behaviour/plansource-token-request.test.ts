import { describe, expect, it } from 'vitest'
import { isVendorError } from '../../consumers/errors/vendor-error.ts'
import { PlanSourceClient } from '../../consumers/plansource/plansource-client.ts'
import { replay } from '../../consumers/replay/replay.ts'
import { useReplayServer } from '../support/replay/replay-server.ts'
import { rejection } from './support/provoke.ts'
import { vendorHost } from './support/vendor-clients.ts'

const server = useReplayServer()
let paths: string[] = []
server.events.on('request:start', ({ request }) => void paths.push(new URL(request.url).pathname))

describe('a failing PlanSource token request fails the call that needed it, once', () => {
  it('an expired client assertion fails the call without reaching the API or signing again', async () => {
    paths = []
    server.use(replay('plansource', 'token-has-expired'))
    let signed = 0
    const client = new PlanSourceClient({
      baseUrl: vendorHost('plansource'),
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
})
