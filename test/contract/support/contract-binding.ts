import type { TokenSource } from '../../../consumers/auth/token-source.ts'
import type { EnvelopeParser } from '../../../consumers/http/error-envelope.ts'
import type { CatalogEntry } from '../../../providers/catalog/catalog-schema.ts'
import type { VendorId } from '../../../providers/vendor-ids.ts'

/** The credentials a contract request is sent with, as the catalog names them. */
export type CredentialsMode = CatalogEntry['request']['credentials']

/**
 * What the shared tests need to know about one vendor's client (`consumers/<id>/contract-binding.ts`,
 * exported as `contractBinding`): how to build it for a given credentials mode, how its auth header
 * looks, and which envelope parser reads its errors. Only the modes the vendor's catalog uses are
 * asked of it.
 */
export interface ContractBinding {
  vendor: VendorId
  /**
   * The credentials modes `makeClient` builds a client for: every mode the vendor's catalog sends,
   * plus `client-credentials` where the client can fetch its own token (the hardening tests then
   * feed it broken token answers).
   */
  modes: readonly CredentialsMode[]
  /**
   * Builds the vendor's real client against `baseUrl`, holding the placeholder credentials for
   * `mode`; with `tokens`, a `valid` or `expired` client takes its tokens from them instead.
   */
  makeClient(baseUrl: string, mode: CredentialsMode, tokens?: TokenSource): object
  /** The auth header the client sends with a token, built by the client's own code. */
  authHeader(token: string): { name: string; value: string }
  /** The request headers a token request carries (placeholders only), if the vendor has one. */
  tokenRequestHeaders?: Record<string, string>
  /** The invalid field the client must report for this entry, when the vendor names one. */
  expectedField?(entry: CatalogEntry): string | undefined
  /** The client's parser from the vendor's error envelope(s) to the shared error model. */
  envelopeParser: EnvelopeParser
  /** The vendor's host the unit tests' clients talk to (MSW answers every request; none leaves the process). */
  testHost: string
}
