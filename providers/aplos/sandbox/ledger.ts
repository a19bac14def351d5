/** The classification Aplos puts in an account's `category` (its `type` holds values like `Register`). */
export type AccountCategory = 'asset' | 'liability' | 'equity' | 'income' | 'expense'

/** An account of the chart of accounts, as `GET /accounts` lists it. */
export interface LedgerAccount {
  account_number: number
  name: string
  category: AccountCategory
  /** `Register` for bank and card accounts; absent on others. */
  type?: string
  is_enabled: boolean
}

/** A fund, as `GET /funds` lists it. */
export interface LedgerFund {
  id: number
  name: string
  balance_account_name: string
  balance_account_number: number
}

/** A contact a transaction can name. */
export interface LedgerContact {
  id: number
  companyname: string
  type: 'company' | 'individual'
}

/** One line of a recorded transaction, in the shape `GET /transactions/{id}` answers. */
export interface LedgerLine {
  id: number
  amount: number
  account: { account_number: number; name: string }
  fund: { id: number; name: string }
}

/** A recorded transaction, in the shape `GET /transactions/{id}` answers. */
export interface LedgerTransaction {
  id: number
  date: string
  note: string | null
  memo: string | null
  amount: number
  contact: LedgerContact | null
  created: string
  modified: string
  lines: LedgerLine[]
}

/** A transaction that passed the rules, before the books give it ids. */
export interface NewTransaction {
  date: string
  note: string | null
  memo: string | null
  amount: number
  contact: LedgerContact | null
  lines: Array<{ amount: number; account_number: number; fund_id: number }>
}

/**
 * The test account's books (assumption: fixtures of our Aplos test account): a checking account
 * (asset, Register), an income and an expense account, the general fund, one company contact, and
 * books closed through 2023-12-31. Answers carry the reference's shapes: accounts with `category`,
 * transactions with `memo`, `contact`, `created`, `modified` and lines nesting `account` and `fund`.
 *
 * @example
 * const ledger = aplosLedger()
 * ledger.accounts.get(1000)?.category // 'asset'
 */
export function aplosLedger(now: () => number = Date.now) {
  let nextId = 100_000
  let nextLineId = 500_000
  let nextContactId = 2
  const transactions = new Map<number, LedgerTransaction>()
  const accounts = new Map<number, LedgerAccount>([
    [1000, { account_number: 1000, name: 'Checking', category: 'asset', type: 'Register', is_enabled: true }],
    [4000, { account_number: 4000, name: 'Donations', category: 'income', is_enabled: true }],
    [5000, { account_number: 5000, name: 'Supplies', category: 'expense', is_enabled: true }],
  ])
  const funds = new Map<number, LedgerFund>([[1, { id: 1, name: 'General Fund', balance_account_name: 'General Fund Balance', balance_account_number: 3000 }]])
  const contacts = new Map<number, LedgerContact>([[1, { id: 1, companyname: 'Office Supply Co', type: 'company' }]])
  return {
    accounts,
    funds,
    contacts,
    closedThrough: '2023-12-31',
    transactions,
    /** The contact of that name and type, created when there is none (PEX's reading of a contact sent by name). */
    contactNamed(companyname: string, type: LedgerContact['type']): LedgerContact {
      const found = [...contacts.values()].find((contact) => contact.companyname === companyname && contact.type === type)
      if (found) return found
      const contact = { id: nextContactId++, companyname, type }
      contacts.set(contact.id, contact)
      return contact
    },
    record(fields: NewTransaction): LedgerTransaction {
      const stamp = new Date(now()).toISOString()
      const lines = fields.lines.map((line): LedgerLine => ({
        id: nextLineId++,
        amount: line.amount,
        account: { account_number: line.account_number, name: accounts.get(line.account_number)!.name },
        fund: { id: line.fund_id, name: funds.get(line.fund_id)!.name },
      }))
      const transaction: LedgerTransaction = { id: nextId++, ...fields, created: stamp, modified: stamp, lines }
      transactions.set(transaction.id, transaction)
      return transaction
    },
  }
}

/** The test account's books, as {@link aplosLedger} returns them. */
export type AplosLedger = ReturnType<typeof aplosLedger>
