import type { JsonValue } from '../../sandbox-kit/sandbox-types.ts'
import type { AplosCode } from './envelope.ts'
import type { AplosLedger, LedgerTransaction } from './ledger.ts'

/** A transaction that passed the rules, or the exception code of the first rule it broke. */
export type TransactionCheck = { ok: true; transaction: Omit<LedgerTransaction, 'id'> } | { ok: false; code: AplosCode; message?: string }

/** Assumption: the docs say notes have a minimum and maximum length, not which; 1 to 255 characters. */
const NOTE_LENGTH = { min: 1, max: 255 }
const DATE = /^\d{4}-\d{2}-\d{2}$/
const isObject = (value: JsonValue | undefined): value is Record<string, JsonValue> => typeof value === 'object' && value !== null && !Array.isArray(value)
const cents = (amount: number) => Math.round(amount * 100)

/**
 * Checks a transaction body against the data rules of the page's code table, in the order a
 * request is read: required data (4001), format (4002), lengths (4003/4004), the register line's
 * account type (4007: assumption, the first line is the bank line and must be an asset account),
 * balance per fund (4005), the expected amount (4006: the positive lines must sum to `amount`), and
 * the closed period (4008).
 *
 * @example
 * checkTransaction({ date: '2024-01-31', lines: [...] }, ledger) // { ok: true, transaction }
 */
export function checkTransaction(body: JsonValue, ledger: AplosLedger): TransactionCheck {
  if (!isObject(body)) return { ok: false, code: 4000 }
  const { date, note, amount, lines } = body
  if (date === undefined || date === null || date === '' || lines === undefined || lines === null) return { ok: false, code: 4001 }
  if (typeof date !== 'string' || !DATE.test(date) || Number.isNaN(Date.parse(date)))
    return { ok: false, code: 4002, message: 'Data supplied is invalid: date must be YYYY-MM-DD.' }
  if (!Array.isArray(lines) || lines.length === 0) return { ok: false, code: 4001 }
  if (amount !== undefined && typeof amount !== 'number') return { ok: false, code: 4002 }
  if (note !== undefined && typeof note !== 'string') return { ok: false, code: 4002 }
  const parsed: LedgerTransaction['lines'] = []
  for (const line of lines) {
    if (!isObject(line) || !isObject(line.account) || !isObject(line.fund)) return { ok: false, code: 4001 }
    const accountNumber = line.account.account_number
    const fundId = line.fund.id
    if (typeof line.amount !== 'number' || typeof accountNumber !== 'number' || typeof fundId !== 'number') return { ok: false, code: 4002 }
    // Assumption: an account or fund the books do not hold is data of the wrong kind.
    if (!ledger.accounts.has(accountNumber) || !ledger.funds.has(fundId)) return { ok: false, code: 4002 }
    parsed.push({ account_number: accountNumber, fund_id: fundId, amount: line.amount })
  }
  if (typeof note === 'string' && note.length < NOTE_LENGTH.min) return { ok: false, code: 4003 }
  if (typeof note === 'string' && note.length > NOTE_LENGTH.max) return { ok: false, code: 4004 }
  if (ledger.accounts.get(parsed[0]!.account_number)?.type !== 'asset') return { ok: false, code: 4007 }
  const byFund = new Map<number, number>()
  for (const line of parsed) byFund.set(line.fund_id, (byFund.get(line.fund_id) ?? 0) + cents(line.amount))
  if ([...byFund.values()].some((sum) => sum !== 0)) return { ok: false, code: 4005 }
  const positive = parsed.filter((line) => line.amount > 0).reduce((sum, line) => sum + cents(line.amount), 0)
  if (typeof amount === 'number' && cents(amount) !== positive) return { ok: false, code: 4006 }
  if (date <= ledger.closedThrough) return { ok: false, code: 4008 }
  return { ok: true, transaction: { date, note, amount: positive / 100, lines: parsed } }
}
