/**
 * Aplos's success envelope: `{"version","status","data"}`; list answers add paging links.
 * `version` changes between releases, so nothing should depend on it.
 *
 * @example
 * const { data } = await aplos.listFunds() // data.funds
 */
export interface AplosResponse<T> {
  version: string
  status: number
  data: T
  links?: { next?: string | null; [name: string]: unknown }
}

/** What `GET /auth/{clientId}` returns: the token (encrypted with the account's public key) and when it expires. */
export interface AplosAuthData {
  expires: string
  token: string
}

/** A list answer's `data` (`{ accounts: [...] }`, `{ funds: [...] }`...); the item fields are not pinned here. */
export type AplosListData = Record<string, Array<Record<string, unknown>>>

/** One line of a transaction: an amount booked on an account and a fund. */
export interface AplosTransactionLine {
  amount: number
  account: { account_number: number }
  fund: { id: number }
  [field: string]: unknown
}

/**
 * A transaction to create or update. Field names follow our reading of Aplos's transaction
 * resource; the error page itself documents none of them.
 */
export interface AplosTransactionInput {
  id?: number
  date?: string
  note?: string
  amount?: number
  lines?: AplosTransactionLine[]
  [field: string]: unknown
}

/** Paging and filter parameters of Aplos list calls (`page_size`, `page_num`, `f_*`). */
export type AplosQuery = Record<string, string | number | undefined>
