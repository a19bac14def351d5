import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { mergePactFiles } from './merge-pact-files.ts'

/** What {@link PactParts.close} did with the parts. */
export interface PactPartsResult {
  /** The merged pact file, when every expected part was there. */
  written?: string
  /** How many parts were found, of how many expected. */
  parts: number
  expected: number
}

/**
 * Scratch pact files for one consumer and provider, one per interaction, merged into the final
 * pact file once at the end. pact-core reads, merges and rewrites the whole pact file on every
 * write, so writing each interaction into one shared file costs more the bigger the file gets;
 * writing each into its own empty folder costs the same for the 1st and the 1,000th.
 *
 * @example
 * const parts = new PactParts('contracts')
 * parts.open()
 * new PactV4({ consumer, provider, dir: parts.dirFor(0) }) // ...executeTest writes its part
 * parts.close(1) // { written: 'contracts/benefits-integration-plansource.json', parts: 1, expected: 1 }
 */
export class PactParts {
  readonly #outDir: string
  #scratch: string | undefined

  /** @param outDir where the merged pact file goes (created if missing). */
  constructor(outDir: string) {
    this.#outDir = outDir
  }

  /** Creates the scratch folder; call before the first {@link dirFor}. */
  open(): void {
    this.#scratch = mkdtempSync(join(tmpdir(), 'pact-parts-'))
  }

  /** The folder the interaction at `index` writes its own pact file to. */
  dirFor(index: number): string {
    if (this.#scratch === undefined) throw new Error('PactParts: dirFor() before open()')
    return join(this.#scratch, String(index).padStart(6, '0'))
  }

  /**
   * Merges the parts into one pact file in the out folder when all `expected` interactions
   * wrote theirs (a failed or filtered-out test leaves the out folder untouched), then removes
   * the scratch folder.
   */
  close(expected: number): PactPartsResult {
    const scratch = this.#scratch
    if (scratch === undefined) return { parts: 0, expected }
    this.#scratch = undefined
    try {
      const files = partFiles(scratch)
      if (files.length !== expected || files.length === 0) return { parts: files.length, expected }
      const names = new Set(files.map((file) => file.name))
      if (names.size !== 1) throw new Error(`PactParts: parts name different pact files (${[...names].join(', ')})`)
      const merged = mergePactFiles(files.map((file) => ({ file: file.path, text: readFileSync(file.path, 'utf8') })))
      mkdirSync(this.#outDir, { recursive: true })
      const target = join(this.#outDir, files[0]!.name)
      const temporary = join(this.#outDir, `.${files[0]!.name}.${process.pid}.tmp`)
      writeFileSync(temporary, merged)
      renameSync(temporary, target)
      return { written: target, parts: files.length, expected }
    } finally {
      rmSync(scratch, { recursive: true, force: true })
    }
  }
}

function partFiles(scratch: string): Array<{ name: string; path: string }> {
  if (!existsSync(scratch)) return []
  return readdirSync(scratch)
    .sort()
    .flatMap((part) =>
      readdirSync(join(scratch, part))
        .filter((name) => name.endsWith('.json'))
        .map((name) => ({ name, path: join(scratch, part, name) })),
    )
}
