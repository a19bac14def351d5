import { rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import ts from 'typescript'
import { packageAreas, type PackageArea } from './package-areas.ts'

/** What {@link buildPackage} wrote. */
export interface PackageBuild {
  outDir: string
  areas: PackageArea[]
  /** Every file written, absolute. */
  files: string[]
}

/**
 * Builds the package into `dist/` (or `outDir`): ESM JavaScript and type declarations of every
 * exported folder of consumers/ (see {@link packageAreas}) and of the modules they import, with the
 * options of tsconfig.build.json. An entry the folder lacks (`<vendor>/index.ts`) is compiled from
 * memory, never written into consumers/. Fails, naming file and line, on any error the compiler
 * reports while emitting (type checking is `npm run check`'s: tsconfig.build.json sets `noCheck`), and
 * when an exported module imports from outside consumers/ (tests, sandboxes, scripts).
 *
 * @example
 * buildPackage({ root: PROJECT_ROOT }).areas.map((area) => area.name) // ['aplos', 'auth', …, 'replay', 'retry', 'usta']
 */
export function buildPackage(options: { root: string; outDir?: string | undefined }): PackageBuild {
  const root = resolve(options.root)
  const compilerOptions = buildOptions(root)
  const outDir = options.outDir === undefined ? compilerOptions.outDir! : resolve(options.outDir)
  compilerOptions.outDir = outDir
  const areas = packageAreas(join(root, 'consumers'))
  const generated = new Map(areas.filter((area) => area.generated !== undefined).map((area) => [join(root, 'consumers', area.entry), area.generated!]))
  const host = withGeneratedEntries(ts.createCompilerHost(compilerOptions), generated)
  const program = ts.createProgram({ rootNames: areas.map((area) => join(root, 'consumers', area.entry)), options: compilerOptions, host })
  const outside = program
    .getSourceFiles()
    .map((file) => file.fileName)
    .filter((file) => !file.startsWith(join(root, 'consumers') + '/') && !file.includes('/node_modules/'))
  if (outside.length > 0) throw new Error(`package: exported modules import files outside consumers/: ${outside.join(', ')}`)
  failOn(ts.getPreEmitDiagnostics(program), host)
  rmSync(outDir, { recursive: true, force: true })
  const files: string[] = []
  const emitted = program.emit(undefined, (file, text, bom) => {
    files.push(file)
    host.writeFile(file, text, bom)
  })
  failOn(emitted.diagnostics, host)
  return { outDir, areas, files: files.sort() }
}

function buildOptions(root: string): ts.CompilerOptions {
  const configFile = join(root, 'tsconfig.build.json')
  const { config, error } = ts.readConfigFile(configFile, (path) => ts.sys.readFile(path))
  if (error) failOn([error])
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, configFile)
  failOn(parsed.errors)
  return parsed.options
}

function withGeneratedEntries(host: ts.CompilerHost, generated: ReadonlyMap<string, string>): ts.CompilerHost {
  const { fileExists, readFile, getSourceFile } = host
  return Object.assign(host, {
    fileExists: (file: string) => generated.has(file) || fileExists.call(host, file),
    readFile: (file: string) => generated.get(file) ?? readFile.call(host, file),
    getSourceFile: (file: string, language: ts.ScriptTarget | ts.CreateSourceFileOptions, ...rest: [((message: string) => void)?, boolean?]) => {
      const text = generated.get(file)
      return text === undefined ? getSourceFile.call(host, file, language, ...rest) : ts.createSourceFile(file, text, language)
    },
  })
}

function failOn(diagnostics: readonly ts.Diagnostic[], host?: ts.FormatDiagnosticsHost): void {
  if (diagnostics.length === 0) return
  const formatHost: ts.FormatDiagnosticsHost = host ?? {
    getCanonicalFileName: (file) => file,
    getCurrentDirectory: () => process.cwd(),
    getNewLine: () => '\n',
  }
  throw new Error(`package: the build failed:\n${ts.formatDiagnostics(diagnostics, formatHost)}`)
}
