import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { rootCertificates } from 'node:tls'

/**
 * Points the Pact verifier's Rust core at a one-certificate trust bundle when the vendor's target
 * is plain HTTP on loopback, so no certificate can matter. The core re-reads every certificate
 * under `/etc/ssl/certs` about three times per interaction (MEASURED.md: 32 ms -> 9-13 ms per
 * interaction with a small bundle).
 *
 * Against an HTTPS target (a real sandbox) nothing is changed, so the system trust store stays in
 * force whichever process makes the TLS connection (Node built to use OpenSSL's store reads these
 * variables too). Nothing is changed either when Node was told to use OpenSSL's or the system's CA
 * store. Variables already set (some images set `SSL_CERT_FILE` to the system bundle) are
 * overridden: with a loopback HTTP target no certificate is ever checked. The variables are set in
 * this process only: each vendor is verified in its own worker process. Returns whether the
 * bundle is in use.
 *
 * @example
 * useSmallTrustBundle('http://127.0.0.1:4010') // true
 * useSmallTrustBundle('https://partner-dev-api.plansource.com') // false
 */
export function useSmallTrustBundle(
  targetUrl: string,
  env: NodeJS.ProcessEnv = process.env,
  nodeFlags: string = `${process.execArgv.join(' ')} ${env.NODE_OPTIONS ?? ''}`,
): boolean {
  if (!isLoopbackHttp(targetUrl)) return false
  if (/--use-(openssl|system|bundled)-ca/.test(nodeFlags)) return false
  const dir = mkdtempSync(join(tmpdir(), 'verify-trust-'))
  const file = join(dir, 'one-root.pem')
  writeFileSync(file, `${rootCertificates[0]}\n`)
  mkdirSync(join(dir, 'empty'))
  env.SSL_CERT_FILE = file
  env.SSL_CERT_DIR = join(dir, 'empty')
  return true
}

/**
 * Whether a URL is plain HTTP to this machine's loopback interface.
 *
 * @example
 * isLoopbackHttp('http://127.0.0.1:4010') // true
 */
export function isLoopbackHttp(raw: string): boolean {
  try {
    const url = new URL(raw)
    return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)
  } catch {
    return false
  }
}
