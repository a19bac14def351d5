import { docplannerBinding } from './bindings/docplanner-binding.ts'
import { describeCatalogContracts } from './support/describe-catalog-contracts.ts'

describeCatalogContracts(docplannerBinding)
