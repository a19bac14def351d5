import type { JsonValue } from '../../sandbox-kit/sandbox-types.ts'

/** A customer (a player or member), by UAID. */
export interface Customer {
  uaid: string
  firstName: string
  lastName: string
  organizationUaid: string
}

/** A coach ("provider"), as the provider search finds them. */
export interface Provider {
  uaid: string
  firstName: string
  lastName: string
}

/**
 * A facility: USTA's integer id, the fields it was saved with (the Facility API's, or `name` alone
 * through the older create), and the organization it belongs to when it was created under one.
 */
export interface Facility {
  ustaFacilityId: number
  organizationUaid: string | undefined
  fields: Record<string, JsonValue>
}

/**
 * The stage environment's data as our test account sees it (assumption: these are the fixtures of
 * our test account, the same the contracts name): a customer of another organization (2000000001)
 * and one of ours (2000000003), two coaches, our organization with an allowance of 5 facilities and
 * one facility, and an organization that is not ours.
 *
 * @example
 * const data = ustaData()
 * data.customers.get('2000000001')?.lastName // 'Example'
 */
export function ustaData() {
  let next = 4_000_000_001
  const facilities = new Map<number, Facility>([
    [
      4_000_000_000,
      {
        ustaFacilityId: 4_000_000_000,
        organizationUaid: '3000000001',
        fields: {
          facilityStatus: 'Active',
          name: 'Reference Tennis Center',
          isPrivateFlag: false,
          address: { streetAddressLine1: '1 Reference Way', city: 'White Plains', state: 'NY', zip: '10601', country: 'US' },
        },
      },
    ],
  ])
  return {
    customers: new Map<string, Customer>([
      ['2000000001', { uaid: '2000000001', firstName: 'Chris', lastName: 'Example', organizationUaid: '3000000002' }],
      ['2000000003', { uaid: '2000000003', firstName: 'Billie', lastName: 'Sample', organizationUaid: '3000000001' }],
    ]),
    providers: new Map<string, Provider>([
      ['2000000001', { uaid: '2000000001', firstName: 'Chris', lastName: 'Example' }],
      ['2000000002', { uaid: '2000000002', firstName: 'Martina', lastName: 'Sample' }],
    ]),
    organizations: new Map([
      ['3000000001', { uaid: '3000000001', name: 'Reference Tennis Association', facilityAllowance: 5 }],
      ['3000000002', { uaid: '3000000002', name: 'Another Section', facilityAllowance: 5 }],
    ]),
    facilities,
    addFacility(fields: Record<string, JsonValue>, organizationUaid?: string): Facility {
      const facility = { ustaFacilityId: next++, organizationUaid, fields }
      facilities.set(facility.ustaFacilityId, facility)
      return facility
    },
  }
}

/** The sandbox's data, as {@link ustaData} returns it. */
export type UstaData = ReturnType<typeof ustaData>
