import { contractBinding } from '../../consumers/plansource/contract-binding.ts'
import { describeCatalogContracts } from './support/describe-catalog-contracts.ts'

describeCatalogContracts(contractBinding)
