import { DEMO, assert, expectText } from './support.mjs'

// Keyboard only: skip link, sign-in form, the user menu and sign-out work without a mouse.
export const tests = [
  {
    name: 'a keyboard user signs in and out without a mouse',
    async run({ newPage }) {
      const page = await newPage()
      await page.goto('/')
      // Let the app finish rendering (session check, first data) before the first key press, so
      // that nothing still moves focus after it.
      await page.locator('h1').first().waitFor()
      await page.waitForLoadState('networkidle')
      await page.keyboard.press('Tab')
      assert((await page.evaluate(() => document.activeElement?.className)) === 'skip-link', 'first Tab reaches the skip link')

      await page.goto('/login')
      await page.getByLabel('Username').waitFor()
      assert(
        await page.evaluate(() => document.activeElement?.getAttribute('name') === 'username'),
        'the login form focuses its first field',
      )
      await page.keyboard.type(DEMO.admin.username)
      await page.keyboard.press('Tab')
      await page.keyboard.type(DEMO.admin.password)
      await page.keyboard.press('Enter')
      await page.getByRole('heading', { name: /^Welcome, / }).waitFor()

      await page.locator('.user-menu__button').focus()
      await page.keyboard.press('Enter')
      await page.getByRole('link', { name: 'Profile', exact: true }).waitFor()
      await page.keyboard.press('Escape')
      await page.getByRole('link', { name: 'Profile', exact: true }).waitFor({ state: 'detached' })
      assert(
        await page.evaluate(() => document.activeElement?.classList.contains('user-menu__button')),
        'Escape returns focus to the menu button',
      )
      await page.keyboard.press('Enter')
      await page.keyboard.press('Tab')
      await page.keyboard.press('Tab')
      await page.keyboard.press('Enter')
      await expectText(page.locator('h1'), 'Sign in')
    },
  },
]
