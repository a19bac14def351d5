/**
 * Where each per-vendor file lives and what it exports. A vendor exists because
 * `providers/<id>/catalog.json` exists; everything else about it is found from its own folders by
 * this table, never listed in a shared file. `npm run generate` reads it to write the loaders, and
 * `test/vendors/conventions.test.ts` checks every discovered vendor against it.
 *
 * This table is not vendor behaviour and names no vendor, so every witness may import it.
 */

/** One kind of per-vendor file. */
export interface VendorConvention {
  /** The path from the project root; `<id>` stands for the vendor id. */
  file: string
  /** The export shared code reads, for a module; a fixed name for every vendor. */
  exportName?: string
  /** Whether every vendor needs one; an optional file is read where it exists and never demanded. */
  required: boolean
  /** What it holds, for the README's table and for failures. */
  holds: string
}

/**
 * Every per-vendor file, by name.
 *
 * @example
 * conventionFile('sandbox', 'acme') // 'providers/acme/sandbox/index.ts'
 * @see README.md "Adding a vendor"
 */
export const VENDOR_CONVENTIONS = {
  catalog: { file: 'providers/<id>/catalog.json', required: true, holds: 'every documented error (its presence makes the vendor)' },
  snapshot: { file: 'providers/doc-snapshots/<id>.txt', required: true, holds: "the error page's baseline copy" },
  apiReference: { file: 'providers/<id>/api-reference.json', required: true, holds: "facts from the vendor's reference, each with its source" },
  referenceProbes: {
    file: 'providers/<id>/reference-probes.ts',
    exportName: 'referenceProbes',
    required: true,
    holds: "a token fetched as the vendor's SDK does, and one valid request per operation",
  },
  sandbox: { file: 'providers/<id>/sandbox/index.ts', exportName: 'startSandbox', required: true, holds: 'the reference sandbox' },
  verification: {
    file: 'providers/<id>/verification.ts',
    exportName: 'verificationProfile',
    required: true,
    holds: 'environment variables, live credentials and provider states',
  },
  docExtractor: { file: 'providers/<id>/doc-extractor.ts', exportName: 'docExtractor', required: true, holds: 'the error-page reader' },
  docPage: {
    file: 'providers/<id>/doc-page.json',
    required: true,
    holds: "the page's address and capture format, and how the extractor kit reads it (landmarks, sections, tables, examples)",
  },
  docPageHtml: { file: 'providers/<id>/doc-page.html', required: true, holds: 'the page as the live site serves it, for the HTML reading tests' },
  extraCatalogs: {
    file: 'providers/<id>/extra-catalogs.ts',
    exportName: 'extraCatalogs',
    required: false,
    holds: 'other catalogs of errors the same page documents, which drift compares too',
  },
  driftCases: {
    file: 'providers/<id>/drift-cases.ts',
    exportName: 'driftCases',
    required: true,
    holds: "edits of the page drift must report, and reformattings it must not (the drift tests' data)",
  },
  verificationCases: {
    file: 'providers/<id>/verification-cases.ts',
    exportName: 'verificationCases',
    required: false,
    holds: 'a drift of the sandbox, or an unreachable provider state, for the verification tests to provoke',
  },
  benchCases: {
    file: 'providers/<id>/bench-cases.ts',
    exportName: 'benchCases',
    required: false,
    holds: 'what the benchmarks may build from this vendor (synthetic catalogs, a page grown row by row)',
  },
  contractBinding: {
    file: 'consumers/<id>/contract-binding.ts',
    exportName: 'contractBinding',
    required: true,
    holds: "how the shared tests build the vendor's client, per credentials mode",
  },
  behaviourCases: {
    file: 'consumers/<id>/behaviour-cases.ts',
    exportName: 'behaviourCases',
    required: true,
    holds: "which documented errors the client must retry, refresh a token for, or surface at once (the behaviour tests' data)",
  },
  contractTest: { file: 'test/contract/<id>.pact.test.ts', required: true, holds: 'the contract test (three lines), run by `npm run contracts`' },
} as const satisfies Record<string, VendorConvention>

/** The name of one convention. */
export type ConventionName = keyof typeof VENDOR_CONVENTIONS

/** The command that regenerates everything that names every vendor. */
export const GENERATE_COMMAND = 'npm run generate'

/**
 * A convention's path for one vendor, from the project root.
 *
 * @example
 * conventionFile('contractBinding', 'acme') // 'consumers/acme/contract-binding.ts'
 */
export function conventionFile(name: ConventionName, vendor: string): string {
  return VENDOR_CONVENTIONS[name].file.replace('<id>', vendor)
}

/**
 * A failure that teaches: the vendor, the file (and export) that is missing or wrong, and what to run.
 *
 * @example
 * conventionProblem('verification', 'acme', 'is missing')
 * // 'acme: providers/acme/verification.ts is missing: write it, exporting verificationProfile (environment variables, …), then run `npm run generate` (README "Adding a vendor")'
 */
export function conventionProblem(name: ConventionName, vendor: string, problem: string): string {
  const convention: VendorConvention = VENDOR_CONVENTIONS[name]
  const exporting = convention.exportName ? `, exporting ${convention.exportName}` : ''
  return `${vendor}: ${conventionFile(name, vendor)} ${problem}: write it${exporting} (${convention.holds}), then run \`${GENERATE_COMMAND}\` (README "Adding a vendor")`
}

/**
 * The convention's export from a loaded module, or an error that names the vendor, file, export and command.
 *
 * @example
 * const start = conventionExport<StartSandbox>('sandbox', vendor, await SANDBOX_MODULES[vendor]?.())
 */
export function conventionExport<T>(name: ConventionName, vendor: string, module: object | undefined): T {
  const exportName = (VENDOR_CONVENTIONS[name] as VendorConvention).exportName!
  if (module === undefined) throw new Error(conventionProblem(name, vendor, 'is missing (or not yet in the generated loaders)'))
  const value = (module as Record<string, unknown>)[exportName]
  if (value === undefined) throw new Error(conventionProblem(name, vendor, `does not export ${exportName}`))
  return value as T
}
