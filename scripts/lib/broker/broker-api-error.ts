/**
 * Why a call to the Pact Broker failed: the credentials were refused (401/403), the resource is
 * not there (404), the broker could not be reached or did not answer in time, a link leads to
 * another origin (not followed, so the token never leaves the broker), or any other answer.
 */
export type BrokerFailure = 'refused' | 'not-found' | 'unreachable' | 'timeout' | 'foreign-origin' | 'answer'

/**
 * A failed call to the Pact Broker's HAL API. The message is one line, names the method and URL
 * (never a credential), and says what to do where that is known.
 *
 * @example
 * if (isBrokerApiError(error) && error.failure === 'not-found') console.error('publish the pact first')
 */
export class BrokerApiError extends Error {
  override name = 'BrokerApiError' as const

  constructor(
    message: string,
    readonly failure: BrokerFailure,
    readonly request: { method: string; url: string },
    readonly status?: number,
    options?: ErrorOptions,
  ) {
    super(message, options)
  }
}

/**
 * True for a {@link BrokerApiError}, also across module copies (it checks the name).
 *
 * @example
 * isBrokerApiError(new BrokerApiError('x', 'timeout', { method: 'GET', url: 'https://broker/' })) // true
 */
export function isBrokerApiError(error: unknown): error is BrokerApiError {
  return error instanceof Error && error.name === 'BrokerApiError' && 'failure' in error
}
