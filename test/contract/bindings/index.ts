import type { VendorId } from '../../../providers/vendor-ids.ts'
import type { ContractBinding } from '../support/contract-binding.ts'
import { aplosBinding } from './aplos-binding.ts'
import { docplannerBinding } from './docplanner-binding.ts'
import { plansourceBinding } from './plansource-binding.ts'
import { plusauthBinding } from './plusauth-binding.ts'
import { ustaBinding } from './usta-binding.ts'

/** Every vendor's contract binding; a vendor missing here fails the tests that loop over vendors. */
export const CONTRACT_BINDINGS: Partial<Record<VendorId, ContractBinding>> = {
  plansource: plansourceBinding,
  plusauth: plusauthBinding,
  usta: ustaBinding,
  docplanner: docplannerBinding,
  aplos: aplosBinding,
}
