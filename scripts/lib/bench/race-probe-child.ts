/** Runs {@link probeMatchRace} in its own process (so it can be pinned to a core) and prints its result as JSON. */
import { probeMatchRace } from './race-probe.ts'

const requests = Number(process.argv[2] ?? '300')
if (!Number.isInteger(requests) || requests < 1) throw new Error(`race-probe-child: expected a request count, got ${process.argv[2]}`)
console.log(`RACE-PROBE ${JSON.stringify(await probeMatchRace(requests))}`)
