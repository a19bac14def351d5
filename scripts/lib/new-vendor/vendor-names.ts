/** The ways generated code names a vendor. */
export interface VendorNames {
  id: string
  /** As people write it: `Acme Pay`. */
  display: string
  /** For types and classes: `AcmePay`. */
  pascal: string
  /** For functions and values: `acmePay`. */
  camel: string
  /** For environment variables: `ACME_PAY`. */
  constant: string
}

/**
 * The names of a vendor, from its id (and the name people write, when given).
 *
 * @example
 * vendorNames('acme-pay') // { id: 'acme-pay', display: 'Acme Pay', pascal: 'AcmePay', camel: 'acmePay', constant: 'ACME_PAY' }
 */
export function vendorNames(id: string, display?: string): VendorNames {
  const words = id.split('-').filter(Boolean)
  const capitalised = words.map((word) => word[0]!.toUpperCase() + word.slice(1))
  return {
    id,
    display: display ?? capitalised.join(' '),
    pascal: capitalised.join(''),
    camel: words[0]! + capitalised.slice(1).join(''),
    constant: words.join('_').toUpperCase(),
  }
}
