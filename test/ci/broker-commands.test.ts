import { describe, expect, it } from 'vitest'
import { canIDeployCommand, publishCommand, recordDeploymentCommand } from '../../scripts/lib/broker/broker-commands.ts'
import { brokerSetting } from '../../scripts/lib/broker/broker-config.ts'
import { versionInfo } from '../../scripts/lib/broker/version-info.ts'
import { runScript } from '../support/run-script.ts'
import { runBroker } from './support/broker-run.ts'

const config = { baseUrl: 'https://broker.example.test', auth: 'token' as const }
const version = { version: '0123abc', branch: 'feature/x' }

describe('Pact Broker commands', () => {
  it('publishes the contracts folder with the git SHA and branch', () => {
    expect(publishCommand(config, version, 'contracts')).toEqual([
      'publish',
      'contracts',
      '--consumer-app-version',
      '0123abc',
      '--branch',
      'feature/x',
      '--broker-base-url',
      'https://broker.example.test',
    ])
  })

  it('asks can-i-deploy for a pacticipant version to an environment, retrying while results are unknown', () => {
    expect(canIDeployCommand(config, 'benefits-integration', version, 'production')).toEqual([
      'can-i-deploy',
      '--pacticipant',
      'benefits-integration',
      '--version',
      '0123abc',
      '--to-environment',
      'production',
      '--retry-while-unknown',
      '6',
      '--retry-interval',
      '10',
      '--broker-base-url',
      'https://broker.example.test',
    ])
  })

  it('records a deployment of a pacticipant version', () => {
    expect(recordDeploymentCommand(config, 'benefits-integration', version, 'production')).toEqual([
      'record-deployment',
      '--pacticipant',
      'benefits-integration',
      '--version',
      '0123abc',
      '--environment',
      'production',
      '--broker-base-url',
      'https://broker.example.test',
    ])
  })

  it('never puts the broker token on the command line', () => {
    const secret = 'canary-broker-token-5f1d'
    const env = { PACT_BROKER_BASE_URL: 'https://broker.example.test', PACT_BROKER_TOKEN: secret }
    const setting = brokerSetting(env)
    expect(setting).toMatchObject({ enabled: true, config: { auth: 'token' } })
    if (!setting.enabled) return
    const all = [publishCommand(setting.config, version, 'contracts'), canIDeployCommand(setting.config, 'c', version, 'production')]
    expect(JSON.stringify(all)).not.toContain(secret)
  })

  it('takes the version and branch from GitHub Actions variables', () => {
    expect(versionInfo({ GITHUB_SHA: 'f00', GITHUB_REF_NAME: 'main' }, () => undefined)).toEqual({ version: 'f00', branch: 'main', buildUrl: undefined })
    expect(versionInfo({ GITHUB_SHA: 'f00', GITHUB_HEAD_REF: 'pr-branch', GITHUB_REF_NAME: '12/merge' }, () => undefined).branch).toBe('pr-branch')
  })

  it('refuses a broker URL that carries credentials', () => {
    expect(brokerSetting({ PACT_BROKER_BASE_URL: 'https://user:pw@broker.example.test' })).toMatchObject({ enabled: false, invalid: true })
  })

  it('fails, instead of skipping, when the broker URL is not a URL', async () => {
    const run = await runScript('broker', ['publish'], { PACT_BROKER_BASE_URL: 'broker.example.test without scheme' })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('broker: cannot publish: PACT_BROKER_BASE_URL is not a URL')
  })

  it('says each step is skipped, and why, when no broker is configured', async () => {
    for (const step of ['publish', 'record-verification', 'can-i-deploy', 'record-deployment']) {
      const run = await runBroker([step], { PACT_BROKER_BASE_URL: '' })
      expect(run).toEqual({ code: 0, stdout: `broker: skipped ${step}: PACT_BROKER_BASE_URL is not set\n`, stderr: '' })
    }
  })

  it('names an unknown step and exits 2', async () => {
    const run = await runBroker(['publsh'], {})
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('"publsh"')
  })
})
