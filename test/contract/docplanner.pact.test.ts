import { contractBinding } from '../../consumers/docplanner/contract-binding.ts'
import { describeCatalogContracts } from './support/describe-catalog-contracts.ts'

describeCatalogContracts(contractBinding)
