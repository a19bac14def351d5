import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'

/** Debian's Chromium: the only browser these tests use; nothing is ever downloaded. */
export const CHROMIUM_PATH = '/usr/bin/chromium'

/** Flags for a headless Chromium on a machine without network: no background connections at all. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const

/**
 * Why the browser tests cannot run here, or undefined when they can.
 *
 * @example
 * describe.skipIf(chromiumMissing() !== undefined)('report in a browser', () => { … })
 */
export function chromiumMissing(): string | undefined {
  return existsSync(CHROMIUM_PATH) ? undefined : `${CHROMIUM_PATH} is missing; install Debian's chromium (apt-get install -y chromium) to run it`
}

/**
 * Starts headless Chromium with a fresh, empty profile folder, removed again by `close()`.
 *
 * @example
 * const browser = await launchChromium()
 * const page = await browser.context.newPage()
 * await browser.close()
 */
export async function launchChromium(viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'chromium-profile-'))
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS], viewport })
  return {
    context,
    close: async () => {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}
