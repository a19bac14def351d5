import { contractBinding } from '../../consumers/aplos/contract-binding.ts'
import { describeCatalogContracts } from './support/describe-catalog-contracts.ts'

describeCatalogContracts(contractBinding)
