/**
 * `npm run assumptions`: the verdict of every catalog assumption in a verification run
 * (`--verify reports/verify.json`, `--vendor`, `--format text|json|markdown`, `--out`), or with
 * `--record <report>` those verdicts written into the catalogs. `npm run assumptions -- --help`
 * lists the options; exit 0 done, 2 bad options or input.
 */
import { assumptionsCommand } from './lib/assumptions/assumptions-command.ts'

process.exitCode = await assumptionsCommand(process.argv.slice(2))
