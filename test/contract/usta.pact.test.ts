import { contractBinding } from '../../consumers/usta/contract-binding.ts'
import { describeCatalogContracts } from './support/describe-catalog-contracts.ts'

describeCatalogContracts(contractBinding)
