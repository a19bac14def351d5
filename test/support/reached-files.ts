import { readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'

/** The vendor-id registry and its generated list: names, not behaviour, so every witness may reach them. */
export const VENDOR_ID_FILES: readonly string[] = ['providers/vendor-ids.ts', 'providers/vendors.generated.ts']

/**
 * Every project file an entry file reaches through relative imports (static and dynamic), and
 * every package it names, for the tests that keep the witnesses apart.
 *
 * @example
 * reach('providers/usta/sandbox/index.ts').files // ['providers/sandbox-kit/…', 'providers/usta/sandbox/index.ts', …]
 */
export function reach(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>()
  const packages = new Set<string>()
  const visit = (file: string) => {
    if (files.has(file)) return
    files.add(file)
    for (const match of readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/gm)) {
      const specifier = match[1] ?? match[2]!
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier))
      else packages.add(specifier)
    }
  }
  visit(join(PROJECT_ROOT, entry))
  return { files: [...files].map((file) => relative(PROJECT_ROOT, file)).sort(), packages: [...packages].sort() }
}
