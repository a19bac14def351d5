import { describe, expect, it } from 'vitest'
import { AplosClient } from '../../consumers/aplos/aplos-client.ts'
import { isVendorError } from '../../consumers/errors/vendor-error.ts'
import { replay } from '../../consumers/replay/replay.ts'
import { useReplayServer } from '../support/replay/replay-server.ts'
import { documentedRequest } from './support/documented-call.ts'
import { rejection } from './support/provoke.ts'
import { vendorHost } from './support/vendor-clients.ts'

const server = useReplayServer()
let paths: string[] = []
server.events.on('request:start', ({ request }) => void paths.push(new URL(request.url).pathname))

describe('a failing Aplos auth call fails the call that needed it, once', () => {
  it.each(['client-disabled', 'client-invalid'] as const)('Aplos "%s": the auth call fails the API call, with no second auth call', async (scenario) => {
    paths = []
    server.use(replay('aplos', scenario))
    const { clientId } = documentedRequest('aplos', scenario).args as { clientId: string }
    const client = new AplosClient({ baseUrl: vendorHost('aplos'), clientId, decryptToken: (token) => token })
    const error = await rejection(client.listAccounts())
    expect(isVendorError(error) && { status: error.status, kind: error.kind }).toEqual({ status: 401, kind: 'auth' })
    expect(paths).toEqual([`/hermes/api/v1/auth/${clientId}`])
  })
})
