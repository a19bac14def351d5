import { describe, expect, it } from 'vitest'
import { exampleEnvironment } from '../../scripts/lib/example/example-environment.ts'

describe('the example environment', () => {
  it('keeps nothing that points into the repository, so npm installs into the example copy', () => {
    const env = exampleEnvironment(
      {
        PATH: '/work/repo/node_modules/.bin:/usr/local/bin:/usr/bin',
        npm_config_local_prefix: '/work/repo',
        npm_package_json: '/work/repo/package.json',
        npm_lifecycle_event: 'example',
        INIT_CWD: '/work/repo',
        NODE_OPTIONS: '--import tsx',
        npm_config_cache: '/root/.npm',
        HOME: '/root',
      },
      '/work/repo',
    )
    expect(env).toEqual({
      PATH: '/usr/local/bin:/usr/bin',
      npm_config_cache: '/root/.npm',
      HOME: '/root',
      NO_UPDATE_NOTIFIER: '1',
      npm_config_update_notifier: 'false',
    })
  })
})
