// Shared helpers for the browser tests: launching Debian's chromium, signing in, screenshots and
// small waiting assertions (playwright-core has no `expect`).
import { mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const here = dirname(fileURLToPath(import.meta.url))
export const SCREENSHOT_DIR = resolve(process.env.SCREENSHOT_DIR ?? join(here, '../../target/e2e-screenshots'))
mkdirSync(SCREENSHOT_DIR, { recursive: true })

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }

export const DEMO = {
  admin: { username: 'admin', password: 'TransferHub-admin-2026' },
  staff: { username: 'staff', password: 'TransferHub-staff-2026' },
  provider: { username: 'provider', password: 'TransferHub-provider-2026' },
  requester: { username: 'requester', password: 'TransferHub-requester-2026' },
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  })
}

export async function screenshot(page, name) {
  // A sticky header would otherwise be painted mid-page in a full-page shot of a scrolled page.
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true })
}

export function assert(condition, message) {
  if (!condition) throw new Error(message)
}

/** Waits until the locator's text contains `expected` (string or RegExp). */
export async function expectText(locator, expected, timeout = 15_000) {
  const deadline = Date.now() + timeout
  let last = ''
  while (Date.now() < deadline) {
    last = (await locator.first().textContent({ timeout: 2_000 }).catch(() => '')) ?? ''
    if (typeof expected === 'string' ? last.includes(expected) : expected.test(last)) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`Expected text ${expected} but found "${last.trim().slice(0, 200)}"`)
}

export async function expectValue(read, expected, what, timeout = 10_000) {
  const deadline = Date.now() + timeout
  let last
  while (Date.now() < deadline) {
    last = await read()
    if (JSON.stringify(last) === JSON.stringify(expected)) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`Expected ${what} to be ${JSON.stringify(expected)} but was ${JSON.stringify(last)}`)
}

const WELCOME = /^(Welcome, |欢迎，|Добро пожаловать, )/

/** The targets of the main navigation's links (language-independent). */
export async function navTargets(page) {
  return page.locator('nav#main-nav a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
}

export async function signIn(page, { username, password }) {
  await page.goto('/login')
  await page.getByLabel('Username').fill(username)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  // The UI switches to the account's language after sign-in, so match the greeting in any of them.
  await page.getByRole('heading', { name: WELCOME }).waitFor()
}

export async function signOut(page) {
  await page.locator('.user-menu__button').click()
  await page.locator('.user-menu__list button').click()
  await page.waitForURL('**/login')
}
