import type { JsonValue } from '../../sandbox-kit/sandbox-types.ts'
import type { AplosCode } from './envelope.ts'
import type { AplosLedger, LedgerContact, NewTransaction } from './ledger.ts'

/** A transaction that passed the rules, or the exception code of the first rule it broke. */
export type TransactionCheck = { ok: true; transaction: NewTransaction } | { ok: false; code: AplosCode; message?: string }

/**
 * Assumption: no source documents a length limit on a transaction's note. The minimum of 1 is ours;
 * the maximum is the 1,000 characters PEX truncates notes to, citing Aplos's web app.
 */
const NOTE_LENGTH = { min: 1, max: 1000 }
/** Every Aplos example writes yyyy-MM-dd; PEX's client posts .NET date-times, so a time part is tolerated. */
const DATE = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/
const CONTACT_TYPES = new Set(['company', 'individual'])
const isObject = (value: JsonValue | undefined): value is Record<string, JsonValue> => typeof value === 'object' && value !== null && !Array.isArray(value)
const cents = (amount: number) => Math.round(amount * 100)

/** The day of a date or date-time Aplos takes, or undefined when it is no such date. */
function dayOf(date: string): string | undefined {
  const day = DATE.exec(date)?.[1]
  return day !== undefined && !Number.isNaN(Date.parse(day)) && new Date(day).toISOString().startsWith(day) ? day : undefined
}

/** The contact a body names (`{id}` or `{companyname, type}`), null when none, or the code of the rule it breaks. */
function contactOf(contact: JsonValue | undefined, ledger: AplosLedger): LedgerContact | null | AplosCode {
  if (contact === undefined || contact === null) return null
  if (!isObject(contact)) return 4002
  if (contact.id !== undefined) {
    // Assumption: a contact id the books do not hold is data of the wrong kind.
    if (typeof contact.id !== 'number') return 4002
    return ledger.contacts.get(contact.id) ?? 4002
  }
  if (typeof contact.companyname !== 'string' || contact.companyname === '') return 4001
  if (typeof contact.type !== 'string' || !CONTACT_TYPES.has(contact.type)) return 4002
  return ledger.contactNamed(contact.companyname, contact.type as LedgerContact['type'])
}

/**
 * Checks a transaction body (the fields of PEX's Postman collection and client: date, note, memo,
 * contact, amount, lines with account and fund) against the data rules of the page's code table,
 * in the order a request is read: required data (4001: assumption, a date and lines), format
 * (4002), lengths (4003/4004, assumed), account type (4007: assumption, at least one line on an
 * asset account, wherever it stands), balance per fund (4005), the expected amount (4006: the
 * positive lines must sum to `amount`), and the closed period (4008). Fields the body does not
 * list are ignored (PEX posts its whole model; no source says Aplos refuses them).
 *
 * @example
 * checkTransaction({ date: '2024-01-31', lines: [...] }, ledger) // { ok: true, transaction }
 */
export function checkTransaction(body: JsonValue, ledger: AplosLedger): TransactionCheck {
  if (!isObject(body)) return { ok: false, code: 4000 }
  const { date, note, memo, amount, lines } = body
  if (date === undefined || date === null || date === '' || lines === undefined || lines === null) return { ok: false, code: 4001 }
  const day = typeof date === 'string' ? dayOf(date) : undefined
  if (day === undefined) return { ok: false, code: 4002, message: 'Data supplied is invalid: date must be yyyy-MM-dd.' }
  if (!Array.isArray(lines) || lines.length === 0) return { ok: false, code: 4001 }
  if (amount !== undefined && typeof amount !== 'number') return { ok: false, code: 4002 }
  if (note !== undefined && note !== null && typeof note !== 'string') return { ok: false, code: 4002 }
  if (memo !== undefined && memo !== null && typeof memo !== 'string') return { ok: false, code: 4002 }
  const contact = contactOf(body.contact, ledger)
  if (typeof contact === 'number') return { ok: false, code: contact }
  const parsed: NewTransaction['lines'] = []
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
  if (!parsed.some((line) => ledger.accounts.get(line.account_number)?.category === 'asset')) return { ok: false, code: 4007 }
  const byFund = new Map<number, number>()
  for (const line of parsed) byFund.set(line.fund_id, (byFund.get(line.fund_id) ?? 0) + cents(line.amount))
  if ([...byFund.values()].some((sum) => sum !== 0)) return { ok: false, code: 4005 }
  const positive = parsed.filter((line) => line.amount > 0).reduce((sum, line) => sum + cents(line.amount), 0)
  if (typeof amount === 'number' && cents(amount) !== positive) return { ok: false, code: 4006 }
  if (day <= ledger.closedThrough) return { ok: false, code: 4008 }
  return {
    ok: true,
    transaction: {
      date: day,
      note: typeof note === 'string' ? note : null,
      memo: typeof memo === 'string' ? memo : null,
      amount: positive / 100,
      contact,
      lines: parsed,
    },
  }
}
