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
  /** List answers: how many resources match, and the filters the call takes. */
  meta?: { resource_count?: number; available_filters?: unknown; [name: string]: unknown }
  links?: { self?: string; next?: string | null; [name: string]: unknown }
}

/** What `GET /auth/{clientId}` returns: the token (encrypted with the account's public key) and when it expires. */
export interface AplosAuthData {
  expires: string
  token: string
}

/** A list answer's `data` (`{ accounts: [...] }`, `{ funds: [...] }`...); the item fields are not pinned here. */
export type AplosListData = Record<string, Array<Record<string, unknown>>>

/** What `GET /partners/verify` answers (and, with `authorized: false`, its 422 refusal keeps beside the exception). */
export interface AplosPartnerVerificationData {
  partner_verification: { aplos_account_id: string; authorized: boolean }
}

/** One line of a transaction: a signed amount booked on an account and a fund. */
export interface AplosTransactionLine {
  /** Signed: the bank or register line carries the transaction's sign (a purchase is negative). */
  amount: number
  /** Account numbers may have decimals (`5601.1`). */
  account: { account_number: number; [field: string]: unknown }
  fund: { id: number; [field: string]: unknown }
  /** Tags by id (PEX sends them; Aplos's pages show none in a request). */
  tags?: Array<{ id: number | string; [field: string]: unknown }> | undefined
  tax_tag?: { id: number | string; [field: string]: unknown } | null | undefined
  [field: string]: unknown
}

/**
 * Who a transaction is with: an existing contact by id, or a contact by name and type (PEX's
 * client sends a name to pick the contact of that name, or to create one).
 */
export type AplosContact = { id: number } | { companyname: string; type: 'company' | 'individual' }

/**
 * A transaction to create, as PEX's Postman collection and client send it to `POST /transactions`:
 * `date` as yyyy-MM-dd, `note` and `memo` as text, `contact`, the positive total `amount`, and
 * `lines`. No source says which fields are required.
 */
export interface AplosTransactionInput {
  id?: number
  date?: string
  note?: string
  memo?: string | null
  contact?: AplosContact | null
  amount?: number
  lines?: AplosTransactionLine[]
  [field: string]: unknown
}

/**
 * Paging and filter parameters of Aplos list calls: `page_size`, `page_num` (1-based) and each
 * resource's `f_*` filters (`f_rangestart`/`f_rangeend` as yyyy-MM-dd, `f_enabled: 'y'`, `f_type: 'expense'`…).
 */
export type AplosQuery = { page_size?: number | string | undefined; page_num?: number | string | undefined } & Record<string, string | number | undefined>
