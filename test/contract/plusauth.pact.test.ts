import { plusauthBinding } from './bindings/plusauth-binding.ts'
import { describeCatalogContracts } from './support/describe-catalog-contracts.ts'

describeCatalogContracts(plusauthBinding)
