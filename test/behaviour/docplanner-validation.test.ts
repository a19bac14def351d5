import { describe, expect, it } from 'vitest'
import { docplannerErrorList } from '../../consumers/docplanner/docplanner-envelope.ts'
import { replay } from '../../consumers/replay/replay.ts'
import { useReplayServer } from '../support/replay/replay-server.ts'
import { contractBody } from './support/contract-values.ts'
import { vendorFailure } from './support/validation-failure.ts'

const server = useReplayServer()

describe('Docplanner validation errors tell what to fix', () => {
  it("lists Docplanner's per-field errors", async () => {
    server.use(replay('docplanner', 'bad-request'))
    const body = contractBody('docplanner', 'bad-request') as { errors: string[] }
    const error = await vendorFailure('docplanner', 'bad-request')
    expect(error.kind).toBe('validation')
    expect(docplannerErrorList(error.data)).toEqual(body.errors)
  })
})
