/** An account of the chart of accounts. */
export interface LedgerAccount {
  account_number: number
  name: string
  type: 'asset' | 'liability' | 'equity' | 'income' | 'expense'
}

/** A recorded transaction. */
export interface LedgerTransaction {
  id: number
  date: string
  note?: string | undefined
  amount: number
  lines: { account_number: number; fund_id: number; amount: number }[]
}

/**
 * The test account's books (assumption: fixtures of our Aplos test account): a checking account,
 * an income and an expense account, the general fund, and books closed through 2023-12-31.
 *
 * @example
 * const ledger = aplosLedger()
 * ledger.accounts.get(1000)?.type // 'asset'
 */
export function aplosLedger() {
  let nextId = 100_000
  const transactions = new Map<number, LedgerTransaction>()
  return {
    accounts: new Map<number, LedgerAccount>([
      [1000, { account_number: 1000, name: 'Checking', type: 'asset' }],
      [4000, { account_number: 4000, name: 'Donations', type: 'income' }],
      [5000, { account_number: 5000, name: 'Supplies', type: 'expense' }],
    ]),
    funds: new Map([[1, { id: 1, name: 'General Fund' }]]),
    closedThrough: '2023-12-31',
    transactions,
    record(fields: Omit<LedgerTransaction, 'id'>): LedgerTransaction {
      const transaction = { ...fields, id: nextId++ }
      transactions.set(transaction.id, transaction)
      return transaction
    },
  }
}

/** The test account's books, as {@link aplosLedger} returns them. */
export type AplosLedger = ReturnType<typeof aplosLedger>
