import { constants, createPrivateKey, privateDecrypt } from 'node:crypto'
import type { ProbeAnswer, ReferenceProbes } from '../api-reference/reference-probe.ts'
import { REFERENCE_CONTROL_PATH } from '../sandbox-kit/reference-control.ts'

const API = '/hermes/api/v1'

/** The reference sandbox's demo client and test account (made up at its start), read from its control path. */
export async function aplosDemoClient(baseUrl: string): Promise<{ clientId: string; privateKey: string; accountId: string }> {
  const answer = await fetch(new URL(REFERENCE_CONTROL_PATH, baseUrl))
  const { credentials } = (await answer.json()) as { credentials: { clientId: string; privateKey: string; accountId: string } }
  return credentials
}

/**
 * Decrypts the auth call's `data.token` as Aplos's Java sample does: the downloaded key is base64
 * PKCS#8 DER (`PKCS8EncodedKeySpec`), the cipher `RSA/ECB/PKCS1Padding`. Node 20 refuses PKCS#1 v1.5
 * decryption, so the padding (`00 02 <non-zero bytes> 00 <token>`) is removed after a raw RSA operation.
 */
export function decryptAplosToken(encrypted: string, base64Key: string): string {
  const key = createPrivateKey({ key: Buffer.from(base64Key, 'base64'), format: 'der', type: 'pkcs8' })
  const block = privateDecrypt({ key, padding: constants.RSA_NO_PADDING }, Buffer.from(encrypted, 'base64'))
  const separator = block.indexOf(0x00, 2)
  if (block[0] !== 0x00 || block[1] !== 0x02 || separator < 10) throw new Error('the Aplos token is not PKCS#1 v1.5 encrypted for this key')
  return block.subarray(separator + 1).toString('utf8')
}

/** The sandbox's test account, read by `authorize` (the partners call verifies it). */
const demo = { accountId: '' }

/** The id of the transaction an earlier probe created. */
const createdId = (answer: ProbeAnswer | undefined) => (answer?.json as { data?: { transaction?: { id?: unknown } } } | undefined)?.data?.transaction?.id

/** Lines as PEX's Postman collection writes them: an expense line first, then the register (bank) line, one fund. */
const lines = [
  { amount: 25.5, account: { account_number: 5000 }, fund: { id: 1 } },
  { amount: -25.5, account: { account_number: 1000 }, fund: { id: 1 } },
]

/**
 * Aplos's reference probes. The token request is the auth guide's and Aplos's samples':
 * `GET /hermes/api/v1/auth/{clientId}` with no body and no header; `data.token` is decrypted with the
 * account's private key and sent as `Authorization: Bearer: <token>` (the resource pages, C# library
 * and Java sample). The valid requests follow the resource pages (accounts, funds, transactions,
 * individual contributions, partners' Verify with `api-client-id` naming an account that authorized
 * the client: in the sandbox, the client's own test account) and PEX's Postman collection and
 * client for `POST /transactions` (`date` yyyy-MM-dd, `note`, `memo`, `contact`, `amount`, lines
 * nesting `account.account_number` and `fund.id`).
 */
export const referenceProbes: ReferenceProbes = {
  async authorize(send, baseUrl) {
    const { clientId, privateKey, accountId } = await aplosDemoClient(baseUrl)
    demo.accountId = accountId
    const answer = await send({ method: 'GET', path: `${API}/auth/${clientId}` })
    const token = (answer.json as { data?: { token?: unknown } } | undefined)?.data?.token
    if (typeof token !== 'string') throw new Error(`the Aplos reference sandbox refused the auth call: ${answer.status} ${answer.text}`)
    return { Authorization: `Bearer: ${decryptAplosToken(token, privateKey)}` }
  },
  valid: [
    { operation: 'listAccounts', request: { method: 'GET', path: `${API}/accounts` } },
    {
      operation: 'listAccounts',
      request: { method: 'GET', path: `${API}/accounts`, query: { f_enabled: 'y', f_type: 'expense', page_size: '50', page_num: '1' } },
    },
    { operation: 'listFunds', request: { method: 'GET', path: `${API}/funds` } },
    { operation: 'listFunds', request: { method: 'GET', path: `${API}/funds`, query: { page_size: '50', page_num: '1' } } },
    { operation: 'listIndividualContributions', request: { method: 'GET', path: `${API}/individual_contributions` } },
    {
      operation: 'listIndividualContributions',
      request: { method: 'GET', path: `${API}/individual_contributions`, query: { f_rangestart: '2024-01-01', f_rangeend: '2024-12-31' } },
    },
    {
      operation: 'createTransaction',
      request: {
        method: 'POST',
        path: `${API}/transactions`,
        body: { date: '2024-02-15', note: 'Printer paper', memo: 'Receipt 1187', contact: { id: 1 }, amount: 25.5, lines },
      },
    },
    {
      operation: 'createTransaction',
      request: {
        method: 'POST',
        path: `${API}/transactions`,
        body: { date: '2024-02-16', note: 'Toner', memo: null, contact: { companyname: 'Toner Depot', type: 'company' }, lines },
      },
    },
    { operation: 'listTransactions', request: { method: 'GET', path: `${API}/transactions` } },
    {
      operation: 'listTransactions',
      request: { method: 'GET', path: `${API}/transactions`, query: { f_rangestart: '2024-01-01', f_rangeend: '2024-12-31', f_memo: 'Receipt' } },
    },
    { operation: 'getTransaction', request: (earlier) => ({ method: 'GET', path: `${API}/transactions/${String(createdId(earlier[6]))}` }) },
    { operation: 'verifyPartner', request: () => ({ method: 'GET', path: `${API}/partners/verify`, query: { 'api-client-id': demo.accountId } }) },
  ],
}
