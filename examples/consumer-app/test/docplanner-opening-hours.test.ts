import { staticToken } from 'vendor-error-contracts/auth'
import { DocplannerClient } from 'vendor-error-contracts/docplanner'
import { replay } from 'vendor-error-contracts/replay'
import { describe, expect, it } from 'vitest'
import { publishOpeningHours } from '../src/opening-hours.ts'
import { useReplayServer } from './replay-server.ts'

const server = useReplayServer()
const docplanner = new DocplannerClient({ baseUrl: 'https://www.znanylekarz.pl', tokens: staticToken('app-token') })
const address = { facilityId: '12345', doctorId: '67890', addressId: '24680' }

describe('publishOpeningHours', () => {
  it('shows the receptionist what Docplanner refused when the start is not a date-time', async () => {
    server.use(replay('docplanner', 'bad-request'))
    const result = await publishOpeningHours(docplanner, address, {
      start: 'next Tuesday at nine',
      end: '2024-12-03T12:00:00+01:00',
      serviceId: '55555',
      minutes: 30,
    })
    expect(result.published).toBe(false)
    if (result.published) return
    expect(result.problems.length).toBeGreaterThan(0)
    expect(result.message).toBe(`Docplanner did not accept the opening hours: ${result.problems.join('; ')}`)
  })

  it('names only scenarios the contracts have (a typo does not compile)', () => {
    // @ts-expect-error Docplanner's contracts have no "bad-requests" scenario
    expect(() => replay('docplanner', 'bad-requests')).toThrow(/bad-request/)
  })
})
