/**
 * The fast-check settings every property test in this suite runs with.
 *
 * `npm test` runs a fixed seed and a few hundred inputs so a failure reproduces on every machine.
 * To search longer: `FC_RUNS=100000 FC_SEED=random npx vitest run test/hardening`; a failure prints
 * the seed and path that reproduce it (pass them back as FC_SEED to replay).
 */

/** The seed `npm test` uses when FC_SEED is not set: fixed, so every run tries the same inputs. */
export const DEFAULT_FC_SEED = 20261121

/** How many inputs each property tries when FC_RUNS is not set. */
export const DEFAULT_FC_RUNS = 200

/** The seed and number of runs for one property. */
export interface PropertySettings {
  seed: number
  numRuns: number
}

/**
 * Reads FC_SEED (a number, or `random`) and FC_RUNS from the environment; `scale` shrinks the
 * number of runs for properties whose inputs are expensive (megabyte bodies), never below 1.
 *
 * @example
 * await fc.assert(fc.asyncProperty(anyAnswer, check), propertySettings())
 * propertySettings({ FC_RUNS: '100000', FC_SEED: 'random' }) // { seed: <random>, numRuns: 100000 }
 */
export function propertySettings(env: Record<string, string | undefined> = process.env, scale = 1): PropertySettings {
  const runs = env.FC_RUNS === undefined || env.FC_RUNS === '' ? DEFAULT_FC_RUNS : Number(env.FC_RUNS)
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`FC_RUNS must be a positive integer, got "${env.FC_RUNS}"`)
  return { seed: parseSeed(env.FC_SEED), numRuns: Math.max(1, Math.round(runs * scale)) }
}

function parseSeed(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_FC_SEED
  if (value === 'random') return (Math.random() * 2 ** 31) | 0
  const seed = Number(value)
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", got "${value}"`)
  return seed
}
