/**
 * The environment that stops the Pact core from sending its anonymous usage metrics (to Google
 * Analytics) from every mock server and verifier run. This suite never sends traffic off the
 * machine; and where there is no internet, each attempt stalled a verification for about 5 s
 * (seen in parallel runs: 92 attempts per `npm run verify`). Every process that loads the Pact
 * core gets it: the test runner's configs, the verification workers and the Pact CLI.
 *
 * @example
 * fork(worker, [], { env: { ...process.env, ...NO_PACT_TELEMETRY } })
 */
export const NO_PACT_TELEMETRY = { PACT_DO_NOT_TRACK: 'true' } as const
