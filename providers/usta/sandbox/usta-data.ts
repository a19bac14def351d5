/** A customer (a player or member), by UAID. */
export interface Customer {
  uaid: string
  firstName: string
  lastName: string
  organizationUaid: string
  password: string
}

/** A coach ("provider") with their USPTA and PTR numbers. */
export interface Provider {
  uaid: string
  firstName: string
  lastName: string
  usptaNumber: string | null
  ptrNumber: string | null
}

/** A facility of an organization. */
export interface Facility {
  uaid: string
  name: string
  organizationUaid: string
  latitude?: number | undefined
  longitude?: number | undefined
}

/**
 * The stage environment's data as our test account sees it (assumption: these are the fixtures of
 * our test account, the same the contracts name): a customer who is also a coach, a second coach,
 * our organization with an allowance of 5 facilities, and an organization that is not ours.
 *
 * @example
 * const data = ustaData()
 * data.customers.get('2000000001')?.lastName // 'Example'
 */
export function ustaData() {
  let next = 4_000_000_000
  const facilities = new Map<string, Facility>()
  return {
    customers: new Map<string, Customer>([
      ['2000000001', { uaid: '2000000001', firstName: 'Chris', lastName: 'Example', organizationUaid: '3000000002', password: 'contract-current-password' }],
    ]),
    providers: new Map<string, Provider>([
      ['2000000001', { uaid: '2000000001', firstName: 'Chris', lastName: 'Example', usptaNumber: null, ptrNumber: null }],
      ['2000000002', { uaid: '2000000002', firstName: 'Martina', lastName: 'Sample', usptaNumber: null, ptrNumber: null }],
    ]),
    organizations: new Map([
      ['3000000001', { uaid: '3000000001', name: 'Reference Tennis Association', facilityAllowance: 5 }],
      ['3000000002', { uaid: '3000000002', name: 'Another Section', facilityAllowance: 5 }],
    ]),
    facilities,
    addFacility(fields: Omit<Facility, 'uaid'>): Facility {
      const facility = { ...fields, uaid: String(next++) }
      facilities.set(facility.uaid, facility)
      return facility
    },
  }
}

/** The sandbox's data, as {@link ustaData} returns it. */
export type UstaData = ReturnType<typeof ustaData>
