import type { VendorId } from '../vendor-ids.ts'
import type { Redactor } from './redactor.ts'
import type { ReferenceControl } from './reference-control-client.ts'
import type { RunScope } from './run-scope.ts'
import type { VendorApi } from './vendor-api.ts'

/** An environment variable that configures a vendor's real sandbox. */
export interface EnvVar {
  /** The logical name profiles read it by (`clientId`), also the key of reference demo credentials. */
  key: string
  /** The variable's name, e.g. `PLANSOURCE_CLIENT_ID`. */
  name: string
  /** Secrets are redacted from every output. */
  secret: boolean
  /** One line for the README. */
  purpose: string
}

/** Which target verification talks to, and how it was chosen. */
export interface TargetInfo {
  /** `reference`: started in-process; `url`: given with `--target`; `real`: from the vendor's environment variables. */
  kind: 'reference' | 'url' | 'real'
  /** The base URL requests' paths are appended to (host, no trailing slash). */
  url: string
}

/** Credential values by logical key: from the environment, or from a reference sandbox's demo credentials. */
export type CredentialValues = (key: string) => string | undefined

/** A credential that verification needs but was not given: the interaction becomes `unavailable`. */
export class MissingCredentials extends Error {
  override name = 'MissingCredentials' as const
}

/** A provider state that cannot be reached on this target (e.g. a vendor 503 on a real sandbox). */
export class StateUnavailable extends Error {
  override name = 'StateUnavailable' as const
}

/** Live credentials for the verification target, fetched through the vendor's public API. */
export interface LiveCredentials {
  /** A valid access token of the main client, cached until shortly before it expires. */
  accessToken(): Promise<string>
  /** The client id and secret, for a Basic placeholder on the vendor's token endpoint. */
  clientBasic?(): Promise<{ id: string; secret: string }>
  /** A valid token-request body, for a token interaction whose credentials the contract leaves out. */
  tokenRequestForm?(): Promise<URLSearchParams>
}

/** What a provider-state handler can use. */
export interface StateContext {
  api: VendorApi
  target: TargetInfo
  /** The reference sandbox's switchboard; undefined on anything that is not a reference sandbox. */
  reference: ReferenceControl | undefined
  credentials: LiveCredentials
  /** Credential values by logical key (environment or reference demo credentials). */
  values: CredentialValues
  /** The interaction being verified: record overrides and clean-ups here. */
  scope: RunScope
  redactor: Redactor
  /** The `Authorization` header value for a token, in the vendor's scheme. */
  authHeader(token: string): string
  options: { awaitTokenExpiry: boolean }
  sleep(ms: number): Promise<void>
  now(): number
}

/**
 * Reaches one provider state through the vendor's public API. `setup` may return values for the
 * contract's `fromProviderState` expressions (e.g. `{ expiredToken }`).
 */
export interface StateHandler {
  /** Set on a vendor-side failure that no request can cause: only a reference sandbox's fault switch answers it. */
  vendorSideFailure?: true
  setup(params: Record<string, unknown>, context: StateContext): Promise<Record<string, unknown> | void>
  teardown?(params: Record<string, unknown>, context: StateContext): Promise<void>
}

/** What verification needs to know about one vendor, besides its contracts. */
export interface VerificationProfile {
  vendor: VendorId
  /** `<VENDOR>_SANDBOX_URL`: when set, the real sandbox is the default target. */
  urlEnv: EnvVar
  /** Credentials and other settings of the real sandbox. */
  env: EnvVar[]
  /** The token endpoint's path: Basic placeholders and body-less token requests get live credentials there. */
  tokenPath: string
  /** The `Authorization` header value for a token, e.g. `Bearer x` (Aplos: `Bearer: x`). */
  authHeader(token: string): string
  /** Builds the live credentials from the credential values. */
  credentials(values: CredentialValues, api: VendorApi, redactor: Redactor): LiveCredentials
  /** Handlers keyed by the exact state sentences the contracts use. */
  states: Record<string, StateHandler>
}
