import type { CatalogEntry } from '../../../providers/catalog/catalog-schema.ts'
import type { VendorId } from '../../../providers/vendor-ids.ts'

/** The credentials a contract request is sent with, as the catalog names them. */
export type CredentialsMode = CatalogEntry['request']['credentials']

/**
 * What the generic contract loop needs to know about one vendor's client: how to build it
 * against the mock server for a given credentials mode, and how its auth header looks.
 */
export interface ContractBinding {
  vendor: VendorId
  /** Builds the vendor's real client against `baseUrl`, holding the placeholder credentials for `mode`. */
  makeClient(baseUrl: string, mode: CredentialsMode): object
  /** The auth header the client sends with a token, built by the client's own code. */
  authHeader(token: string): { name: string; value: string }
  /** The request headers a token request carries (placeholders only), if the vendor has one. */
  tokenRequestHeaders?: Record<string, string>
  /** The invalid field the client must report for this entry, when the vendor names one. */
  expectedField?(entry: CatalogEntry): string | undefined
}
