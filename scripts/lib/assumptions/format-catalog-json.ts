import { join } from 'node:path'
import { format, resolveConfig } from 'prettier'
import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'
import { layoutJson, type JsonLayout } from './json-layout.ts'

/**
 * A catalog value as its file should read: laid out as Prettier would, with this project's
 * `.prettierrc.json`, keeping each object that was expanded in the file expanded (so the only
 * lines that change are those of what changed).
 *
 * @example
 * writeFileAtomic(file, await formatCatalogJson(catalog, jsonLayout(text, catalog)))
 */
export async function formatCatalogJson(value: unknown, layout: JsonLayout, vendor: string): Promise<string> {
  // The project's settings, wherever the catalog being written is (a scratch copy in a test).
  const filepath = join(PROJECT_ROOT, 'providers', vendor, 'catalog.json')
  const config = (await resolveConfig(filepath)) ?? {}
  return format(layoutJson(value, layout), { ...config, filepath })
}
