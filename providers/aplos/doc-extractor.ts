import { configuredExtractor } from '../doc-pages/configured-extractor.ts'
import docPage from './doc-page.json' with { type: 'json' }

/**
 * Reads Aplos's error page as `doc-page.json` configures it. Under "HTTP Codes": one error per
 * status line ("401: Unauthorized"), and one per example body under it (its `status`,
 * `exception.code` and `exception.message`, with the line's status). Under "Exception Codes": one
 * error per code line, with no status (the page gives none per code), labelled by the range heading
 * above it. The page separates a line's name from its description with a no-break space.
 *
 * @example
 * docExtractor(textBlocks(snapshot), { vendor: 'aplos', source: 'aplos.txt' }).errors.find((e) => e.code === 1002)
 * // { statuses: [401], code: 1002, message: 'Token could not be located.', … }
 */
export const docExtractor = configuredExtractor(docPage)
