import { configuredExtractor } from '../doc-pages/configured-extractor.ts'
import docPage from './doc-page.json' with { type: 'json' }

/**
 * Reads PlanSource's error page as `doc-page.json` configures it: a section per status ("400",
 * "401", …) or topic ("Expired Token"), each with a paragraph and example bodies. Every example body
 * is one documented error (status from the heading and the body's `http_status`, code from
 * `error_code` or the OAuth `error`, message from `message` or `error_description`; a topic heading
 * is its name, the paragraph its description); a status section without an example is one error of
 * that status. A text capture has no headings: a status alone on a line, or a short title, starts a
 * section.
 *
 * @example
 * docExtractor(textBlocks(snapshot), { vendor: 'plansource', source: 'plansource.txt' }).errors[0]
 * // { statuses: [], code: 'invalid_request', message: 'token has expired', name: 'Expired Token', … }
 */
export const docExtractor = configuredExtractor(docPage)
