/** A subscriber (employee) the sandbox holds. */
export interface Subscriber {
  id: string
  user_name?: string
  first_name?: string
  last_name?: string
  organization_code?: string
}

/**
 * The sandbox's data: subscribers created through the API, plus the test account's fixtures
 * (assumption: a partner-dev account holds one organization and one coverage to work with).
 *
 * @example
 * const store = planSourceStore()
 * store.organizations.has('100') // true
 */
export function planSourceStore() {
  let nextId = 5000
  const subscribers = new Map<string, Subscriber>()
  return {
    organizations: new Set(['100']),
    coverages: new Map([['1', { id: '1', name: 'Reference medical plan' }]]),
    subscribers,
    addSubscriber(fields: Omit<Subscriber, 'id'>): Subscriber {
      const subscriber = { ...fields, id: String(nextId++) }
      subscribers.set(subscriber.id, subscriber)
      return subscriber
    },
  }
}

/** The sandbox's data, as {@link planSourceStore} returns it. */
export type PlanSourceStore = ReturnType<typeof planSourceStore>
