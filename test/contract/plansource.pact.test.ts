import { plansourceBinding } from './bindings/plansource-binding.ts'
import { describeCatalogContracts } from './support/describe-catalog-contracts.ts'

describeCatalogContracts(plansourceBinding)
