import { format, resolveConfig } from 'prettier'
import { apiReferenceDraft } from './api-reference-draft.ts'
import { behaviourCasesSource, clientSource, contractBindingSource, envelopeSource } from './templates/consumer-sources.ts'
import {
  docExtractorSource,
  driftCasesSource,
  providerStatesSource,
  referenceProbesSource,
  sandboxSource,
  vendorTestSources,
  verificationSource,
} from './templates/provider-sources.ts'
import type { VendorPlan } from './vendor-plan.ts'

/**
 * Every file a new vendor starts with, by path from the project root: both folders, the snapshot,
 * and the vendor's own tests. TypeScript and JSON are formatted as the project formats them, so
 * `npm run check` passes on them as written.
 *
 * @example
 * const files = await vendorFiles(plan, root)
 * files.get('providers/acme/catalog.json')
 */
export async function vendorFiles(plan: VendorPlan, root: string): Promise<Map<string, string>> {
  const { id } = plan.names
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`
  const files: Record<string, string> = {
    [`providers/doc-snapshots/${id}.txt`]: plan.page.text,
    [`providers/${id}/catalog.json`]: json(plan.catalog),
    [`providers/${id}/api-reference.json`]: json(apiReferenceDraft(plan)),
    [`providers/${id}/doc-page.json`]: json(plan.docPage),
    [`providers/${id}/doc-page.html`]: plan.page.html,
    [`providers/${id}/doc-extractor.ts`]: docExtractorSource(plan),
    [`providers/${id}/drift-cases.ts`]: driftCasesSource(plan),
    [`providers/${id}/reference-probes.ts`]: referenceProbesSource(plan),
    [`providers/${id}/sandbox/index.ts`]: sandboxSource(plan),
    [`providers/${id}/provider-states.ts`]: providerStatesSource(plan),
    [`providers/${id}/verification.ts`]: verificationSource(plan),
    [`consumers/${id}/${id}-client.ts`]: clientSource(plan),
    [`consumers/${id}/${id}-envelope.ts`]: envelopeSource(plan),
    [`consumers/${id}/contract-binding.ts`]: contractBindingSource(plan),
    [`consumers/${id}/behaviour-cases.ts`]: behaviourCasesSource(plan),
    ...vendorTestSources(plan),
  }
  const formatted = new Map<string, string>()
  for (const [path, text] of Object.entries(files)) {
    const parser = path.endsWith('.ts') ? 'typescript' : path.endsWith('.json') ? 'json' : undefined
    const options = parser && (await resolveConfig(`${root}/${path}`))
    formatted.set(path, parser ? await format(text, { ...options, parser }) : text)
  }
  return formatted
}
