import { execFileSync } from 'node:child_process'

/** The version and branch contracts are published and verified under. */
export interface VersionInfo {
  /** The git commit SHA. */
  version: string
  branch: string
  buildUrl?: string | undefined
}

function git(args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined
  } catch {
    return undefined
  }
}

/**
 * The git SHA and branch: from GitHub Actions' variables when present, else from git.
 *
 * @example
 * versionInfo(process.env) // { version: '3f2a…', branch: 'main' }
 */
export function versionInfo(env: NodeJS.ProcessEnv, readGit: (args: string[]) => string | undefined = git): VersionInfo {
  const version = env.GITHUB_SHA ?? readGit(['rev-parse', 'HEAD'])
  const branch = env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || readGit(['branch', '--show-current'])
  if (!version) throw new Error('cannot tell the version: set GITHUB_SHA or run inside a git checkout')
  if (!branch) throw new Error('cannot tell the branch: set GITHUB_REF_NAME or check out a branch')
  const buildUrl =
    env.GITHUB_RUN_ID && env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY
      ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined
  return { version, branch, buildUrl }
}
