import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'
import { OFFLINE_CHROMIUM_ARGS, OFFLINE_PREFERENCES } from './offline-chromium.ts'

/** Debian's Chromium: the only browser these tests use; nothing is ever downloaded. */
export const CHROMIUM_PATH = '/usr/bin/chromium'

/** Flags for a headless Chromium that reaches nothing but the page under test (see {@link OFFLINE_CHROMIUM_ARGS}). */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', ...OFFLINE_CHROMIUM_ARGS] as const

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
 * Starts headless Chromium with a fresh profile folder (only {@link OFFLINE_PREFERENCES} in it),
 * removed again by `close()`.
 *
 * @example
 * const browser = await launchChromium()
 * const page = await browser.context.newPage()
 * await browser.close()
 */
export async function launchChromium(viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'chromium-profile-'))
  mkdirSync(join(profile, 'Default'))
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify(OFFLINE_PREFERENCES))
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS], viewport })
  return {
    context,
    close: async () => {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}
