import { randomBytes } from 'node:crypto'
import { vendorFailureState, shownByTheRequestItself } from '../verification/common-states.ts'
import { MissingCredentials, StateUnavailable, type StateContext, type StateHandler } from '../verification/verification-profile.ts'
import { plusauthAuth } from './plusauth-auth.ts'

const USERS = '/api/v1/users/'
const auth = (context: StateContext) => plusauthAuth(context.values, context.api, context.redactor)
const bearer = async (context: StateContext) => ({ authorization: context.authHeader(await context.credentials.accessToken()) })
const text = (value: unknown) => String(value)

/** Whether a status is a success: PlusAuth's reference states no success status for creating a user, and its SDK takes any 2xx. */
const succeeded = (status: number) => status >= 200 && status < 300

/** Creates a user through the API and deletes it after the interaction; answers the create's status. */
async function createUser(context: StateContext, fields: Record<string, string>): Promise<number> {
  const answer = await context.api.request({ method: 'POST', path: USERS, json: fields, headers: await bearer(context), expect: [402, 409] })
  const id = (answer.json() as { id?: unknown } | undefined)?.id
  if (succeeded(answer.status) && typeof id === 'string') {
    context.scope.cleanups.push(
      async () => void (await context.api.request({ method: 'DELETE', path: `${USERS}${encodeURIComponent(id)}`, headers: await bearer(context) })),
    )
  }
  return answer.status
}

/**
 * PlusAuth's provider states, keyed by the sentences its contracts use. Tokens a state needs (another
 * audience, tenant or scope, a user's token) come from the token endpoint and are used for that
 * interaction only.
 *
 * @example
 * await plusauthStates['the access token lacks the scope {scope}']!.setup({ scope: 'read:user' }, context)
 */
export const plusauthStates: Record<string, StateHandler> = {
  'no user exists with id {id}': shownByTheRequestItself(),

  'a user with username {username} already exists': {
    async setup(params, context) {
      const status = await createUser(context, { username: text(params.username) })
      if (!succeeded(status) && status !== 409) throw new Error(`creating user ${text(params.username)} answered ${status}`)
    },
  },

  'a user with id {id} exists': {
    async setup(params, context) {
      const answer = await context.api.request({
        method: 'GET',
        path: `${USERS}${encodeURIComponent(text(params.id))}`,
        headers: await bearer(context),
        expect: [404],
      })
      if (answer.status === 404)
        throw new StateUnavailable(
          `the tenant has no user ${text(params.id)}, and PlusAuth assigns user ids itself: the test tenant must hold this fixture user`,
        )
      if (answer.status !== 200) throw new Error(`reading user ${text(params.id)} answered ${answer.status}`)
    },
  },

  'the access token was issued for audience {audience}': {
    async setup(params, context) {
      context.scope.tokenOverride = (await auth(context).requestToken({ audience: text(params.audience) })).token
    },
  },

  'the access token was issued by tenant {tenant}': {
    async setup(params, context) {
      if (context.reference) {
        context.scope.tokenOverride = (await auth(context).requestToken({ tenant: { header: text(params.tenant) } })).token
        return
      }
      const url = context.values('otherTenantUrl')
      const clientId = context.values('otherTenantClientId')
      const clientSecret = context.values('otherTenantClientSecret')
      if (!url || !clientId || !clientSecret)
        throw new MissingCredentials('set PLUSAUTH_OTHER_TENANT_URL, PLUSAUTH_OTHER_TENANT_CLIENT_ID and PLUSAUTH_OTHER_TENANT_CLIENT_SECRET')
      context.scope.tokenOverride = (
        await auth(context).requestToken({ tenant: { url }, clientId, clientSecret, audience: `${url.replace(/\/+$/, '')}/api/` })
      ).token
    },
  },

  'the access token lacks the scope {scope}': {
    async setup(params, context) {
      // PlusAuth's users pages name read:user (reading) and write:user (creating, changing): ask for the other one.
      const other = text(params.scope) === 'write:user' ? 'read:user' : 'write:user'
      context.scope.tokenOverride = (await auth(context).requestToken({ scope: other })).token
    },
  },

  'the tenant has reached the user limit of its subscription plan': {
    async setup(_params, context) {
      const tag = randomBytes(3).toString('hex')
      for (let n = 0; n < 30; n++) {
        const status = await createUser(context, { username: `plan-limit-${tag}-${n}` })
        if (status === 402) return
        if (!succeeded(status)) throw new Error(`creating a user to reach the plan's limit answered ${status}`)
      }
      throw new StateUnavailable("30 users were created without reaching the plan's user limit (they are deleted again)")
    },
  },

  'the tenant has exceeded the rate limit of its plan': {
    async setup(_params, context) {
      const clientId = context.values('burstClientId')
      const clientSecret = context.values('burstClientSecret')
      if (!context.reference || !clientId || !clientSecret) {
        throw new StateUnavailable(
          "reaching the plan's rate limit would throttle the whole tenant; only the reference sandbox has a client with a small plan for it",
        )
      }
      const { token } = await auth(context).requestToken({ clientId, clientSecret })
      for (let n = 0; n < 20; n++) {
        const answer = await context.api.request({
          method: 'GET',
          path: `${USERS}usr_rate_probe`,
          headers: { authorization: context.authHeader(token) },
          expect: [404, 429],
        })
        if (answer.status === 429) {
          context.scope.tokenOverride = token
          return
        }
      }
      throw new Error('20 requests did not reach the rate limit')
    },
  },

  'the user holding the access token is not authorized to {action} in the tenant': {
    async setup(_params, context) {
      const username = context.values('memberUsername')
      const password = context.values('memberPassword')
      if (!username || !password) throw new MissingCredentials('set PLUSAUTH_MEMBER_USERNAME and PLUSAUTH_MEMBER_PASSWORD (a user without management rights)')
      context.scope.tokenOverride = (await auth(context).requestToken({ user: { username, password } })).token
    },
  },

  'the PlusAuth API is failing internally': vendorFailureState(() => 500, '/api/'),
}
