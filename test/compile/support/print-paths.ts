// Prints paths worked out from import.meta.url in two different source files, for the compiled-entry test.
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'

process.stdout.write(
  JSON.stringify(z.object({ projectRoot: z.string(), ownFile: z.string() }).parse({ projectRoot: PROJECT_ROOT, ownFile: fileURLToPath(import.meta.url) })),
)
