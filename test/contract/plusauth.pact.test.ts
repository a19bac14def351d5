import { contractBinding } from '../../consumers/plusauth/contract-binding.ts'
import { describeCatalogContracts } from './support/describe-catalog-contracts.ts'

describeCatalogContracts(contractBinding)
