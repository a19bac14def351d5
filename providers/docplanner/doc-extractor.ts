import { configuredExtractor } from '../doc-pages/configured-extractor.ts'
import { blankError, type DocumentedError } from '../doc-pages/documented-error.ts'
import { jsonValuesIn } from '../doc-pages/json-examples.ts'
import { blockText, type PageBlock } from '../doc-pages/page-block.ts'
import docPage from './doc-page.json' with { type: 'json' }

/**
 * Reads Docplanner's error guide as `doc-page.json` configures it: one error per row of the status
 * table (a row may list several statuses: "500, 502, 503, 504"; a captured row's description may go
 * on over the next lines), and the content type the page states for every response. Its own quirk:
 * the "Custom error messages" section documents the webhook direction in prose and one example, a
 * 4XX answer with `Content-Type: application/json` and an `error_code` body, read here as one error.
 *
 * @example
 * docExtractor(textBlocks(snapshot), { vendor: 'docplanner', source: 'docplanner.txt' }).errors.map((e) => e.statuses)
 * // [[400], [401], [403], [404], [405], [409], [429], [500, 502, 503, 504], []]
 */
export const docExtractor = configuredExtractor(docPage, () => {
  const webhook: { section: string; blocks: PageBlock[] } = { section: '', blocks: [] }
  return {
    claim(block, place) {
      if (place.direction !== 'webhook') return false
      webhook.section = place.section
      webhook.blocks.push(block)
      return false
    },
    errors: () => webhookError(webhook.blocks, webhook.section),
  }
})

/** The error the integrator's webhook answers with, as the "Custom error messages" section documents it. */
function webhookError(blocks: readonly PageBlock[], section: string): DocumentedError[] {
  const examples = blocks.filter((block) => block.kind === 'code').flatMap((block) => jsonValuesIn(block.text))
  const rule = blocks.find((block) => block.kind !== 'code' && /\b[45]xx\b/i.test(blockText(block, ' ')))
  if (!rule && examples.length === 0) return []
  const ruleText = rule === undefined ? null : blockText(rule, ' ')
  const statusClass = /\b([45])xx\b/i.exec(ruleText ?? '')?.[1]
  const codes = examples
    .map((example) => (example as { error_code?: unknown }).error_code)
    .filter((code) => typeof code === 'number' || typeof code === 'string')
  return [
    {
      ...blankError(section, blocks.map((block) => blockText(block, ' ')).join('\n'), 'webhook'),
      statusClass: statusClass === '4' ? '4xx' : statusClass === '5' ? '5xx' : null,
      code: (codes[0] as string | number | undefined) ?? null,
      name: section,
      description: ruleText,
      examples,
    },
  ]
}
