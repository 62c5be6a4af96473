import { DEMO, PHONE, assert, expectText, screenshot, signIn } from './support.mjs'

// Screenshots of the main signed-in pages in each language and on a phone, for people to look at.
const LANGUAGES = [
  ['en', 'English'],
  ['zh', '中文'],
  ['ru', 'Русский'],
]

export const tests = [
  {
    name: 'main pages render in en, zh and ru (screenshots)',
    async run({ newPage }) {
      const page = await newPage()
      await signIn(page, DEMO.admin)
      for (const [code, label] of LANGUAGES) {
        // The choice is also saved to the account (PATCH /api/me) when it changes.
        const saved = code === 'en' ? null : page.waitForResponse((r) => r.url().endsWith('/api/me') && r.request().method() === 'PATCH')
        await page.getByRole('button', { name: label }).click()
        if (saved) assert((await saved).ok(), 'language saved to the account')
        await page.goto('/')
        await expectText(page.locator('html'), label === 'English' ? 'Welcome' : label === '中文' ? '欢迎' : 'Добро пожаловать')
        await screenshot(page, `home-admin-${code}`)
        await page.goto('/staff/institutions')
        await page.locator('.card-list, .empty').first().waitFor()
        await screenshot(page, `staff-queue-admin-${code}`)
        await page.goto('/admin/users')
        await page.locator('table.table').waitFor()
        await screenshot(page, `admin-users-${code}`)
        await page.goto('/profile')
        await page.locator('main form').waitFor()
        await screenshot(page, `profile-${code}`)
      }
      // Leave the admin account in English for the tests after this one: wait until it is saved, or
      // closing the page may cancel the PATCH and the next sign-in lands in Russian.
      const reset = page.waitForResponse((r) => r.url().endsWith('/api/me') && r.request().method() === 'PATCH')
      await page.getByRole('button', { name: 'English' }).click()
      assert((await reset).ok(), 'English saved to the account')
    },
  },
  {
    name: 'signed-in pages fit a phone screen',
    async run({ newPage }) {
      const page = await newPage(PHONE)
      await signIn(page, DEMO.admin)
      await screenshot(page, 'phone-home-admin')
      await page.goto('/admin/users')
      await page.locator('table.table').waitFor()
      await screenshot(page, 'phone-admin-users')
      await page.goto('/profile')
      await page.locator('main form').waitFor()
      await screenshot(page, 'phone-profile')
    },
  },
]
