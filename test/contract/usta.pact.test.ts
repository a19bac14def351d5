import { ustaBinding } from './bindings/usta-binding.ts'
import { describeCatalogContracts } from './support/describe-catalog-contracts.ts'

describeCatalogContracts(ustaBinding)
