import { aplosBinding } from './bindings/aplos-binding.ts'
import { describeCatalogContracts } from './support/describe-catalog-contracts.ts'

describeCatalogContracts(aplosBinding)
