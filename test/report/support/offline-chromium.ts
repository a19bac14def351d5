/**
 * Chromium switches that keep the browser from reaching anything but the page under test (a
 * `file:` page, or one served on 127.0.0.1). Measured with `npm run net-guard` on Debian's
 * Chromium 156: without them each run asked the system resolver for accounts.google.com
 * (ListAccounts) and update.googleapis.com (the optimization guide's model manifest, an on-demand
 * component that --disable-component-update does not stop), and opened a UDP socket towards
 * 2001:4860:4860::8888:443 (the resolver's IPv6 route probe, run before every lookup).
 *
 * Not passed: `--disable-features` and `--enable-features`. Chromium keeps only the last of each,
 * so ours would silently replace the lists Playwright passes (which already switch off network time
 * queries, optimization hints and search preconnects). `--dns-prefetch-disable`,
 * `--disable-client-side-phishing-detection` and `--safebrowsing-disable-auto-update` are gone
 * from this Chromium; the preferences below do their work.
 *
 * @example
 * chromium.launchPersistentContext(profile, { executablePath, args: ['--headless', ...OFFLINE_CHROMIUM_ARGS] })
 */
export const OFFLINE_CHROMIUM_ARGS = [
  // Every host name resolves to nothing inside Chromium, before its own resolver or the system's is
  // asked, and so before the IPv6 route probe. `^NOTFOUND` is the token for that; the older
  // `~NOTFOUND` is an ordinary (unresolvable) name that still goes to the resolver and its probe.
  // 127.0.0.1 is the one address left. Still, the browser tests load `file:` pages only: any http
  // navigation, even one that fails here, wakes the network service, which then probes routes
  // (UDP connects to 2001:4860:4860::8888:443 and 8.8.8.8:53, seen by the guard).
  '--host-resolver-rules=MAP * ^NOTFOUND , EXCLUDE 127.0.0.1',
  // Background services: update checks, sync, sign-in, crash and domain-reliability reports, pings.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--allow-browser-signin=false',
  '--disable-domain-reliability',
  '--disable-breakpad',
  '--no-pings',
  // Metrics are recorded, never uploaded; field trials come from no server-side config.
  '--metrics-recording-only',
  '--disable-field-trial-config',
  // No first-run tasks, default apps or extensions (Debian's launcher adds --load-extension).
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-quic',
] as const

/**
 * The profile preferences written into the fresh profile before Chromium starts: no sign-in, no
 * Safe Browsing lookups, no DNS prefetch or preconnect (network prediction off).
 *
 * @example
 * writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify(OFFLINE_PREFERENCES))
 */
export const OFFLINE_PREFERENCES = {
  signin: { allowed: false, allowed_on_next_startup: false },
  safebrowsing: { enabled: false },
  net: { network_prediction_options: 2 },
} as const
