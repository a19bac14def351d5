/** A subscriber (employee) the sandbox holds: its numeric id and the fields it was created with. */
export interface Subscriber {
  id: number
  fields: Record<string, unknown>
}

/** An administrator the sandbox holds. */
export interface Administrator {
  id: number
  user_name: string
  organization_codes: string[]
}

/**
 * The sandbox's data: subscribers and administrators created through the API, plus the test
 * account's fixtures (assumption: a partner-dev account holds one organization, code `100`, and
 * one coverage, id `1`, to work with).
 *
 * @example
 * const store = planSourceStore()
 * store.organizations.has('100') // true
 */
export function planSourceStore() {
  let nextId = 5000
  const subscribers = new Map<string, Subscriber>()
  const administrators = new Map<string, Administrator>()
  return {
    organizations: new Set(['100']),
    coverages: new Map([['1', { id: 1, name: 'Reference medical plan' }]]),
    subscribers,
    administrators,
    addSubscriber(fields: Record<string, unknown>): Subscriber {
      const subscriber = { id: nextId++, fields }
      subscribers.set(String(subscriber.id), subscriber)
      return subscriber
    },
    addAdministrator(fields: Omit<Administrator, 'id'>): Administrator {
      const administrator = { ...fields, id: nextId++ }
      administrators.set(String(administrator.id), administrator)
      return administrator
    },
  }
}

/** The sandbox's data, as {@link planSourceStore} returns it. */
export type PlanSourceStore = ReturnType<typeof planSourceStore>
