import { delimiter } from 'node:path'

/**
 * The environment the example runs in: this one without anything that points back into the
 * repository: `npm run` sets the repository's prefix, package fields and `node_modules/.bin` on
 * PATH, and a child `npm install` would otherwise install into the repository instead.
 *
 * @example
 * spawnSync('npm', ['test'], { cwd: app, env: exampleEnvironment(process.env, PROJECT_ROOT) })
 */
export function exampleEnvironment(env: NodeJS.ProcessEnv, root: string): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || /^(?:npm_(?:package|lifecycle)_|npm_config_local_prefix$|INIT_CWD$|NODE_PATH$|NODE_OPTIONS$)/.test(name)) continue
    if (value.includes(root) && name !== 'PATH') continue
    clean[name] = value
  }
  clean.PATH = (env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => dir !== '' && !dir.startsWith(root))
    .join(delimiter)
  clean.NO_UPDATE_NOTIFIER = '1'
  clean.npm_config_update_notifier = 'false'
  return clean
}
