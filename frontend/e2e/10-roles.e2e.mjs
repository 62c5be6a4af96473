import { DEMO, assert, expectText, expectValue, navTargets, screenshot, signIn, signOut } from './support.mjs'

// Each demo role signs in and sees exactly the navigation its role allows.
const EXPECTED_NAV = {
  provider: ['/', '/catalog', '/impact', '/my/listings', '/needs', '/my/demand', '/my/inbox', '/my/searches'],
  requester: ['/', '/catalog', '/impact', '/my/needs', '/my/applications', '/my/searches'],
  staff: ['/', '/catalog', '/impact', '/staff/review', '/staff/import', '/staff/institutions', '/needs', '/staff/brokering', '/staff/transfers', '/staff/dashboard', '/my/searches'],
  admin: ['/', '/catalog', '/impact', '/staff/review', '/staff/import', '/staff/institutions', '/admin/users', '/needs', '/staff/brokering', '/staff/transfers', '/staff/dashboard', '/my/searches'],
}

export const tests = [
  ...Object.entries(EXPECTED_NAV).map(([role, expected]) => ({
    name: `${role} signs in and sees the ${role} navigation`,
    async run({ newPage }) {
      const page = await newPage()
      await signIn(page, DEMO[role])
      await expectValue(() => navTargets(page), expected, `${role}'s navigation`)
      await screenshot(page, `home-${role}`)
      await signOut(page)
      await expectValue(() => navTargets(page), ['/', '/catalog', '/impact'], 'navigation after sign-out')
    },
  })),
  {
    name: 'admin sees the user list and can search it',
    async run({ newPage }) {
      const page = await newPage()
      await signIn(page, DEMO.admin)
      await page.locator('nav#main-nav a[href="/admin/users"]').click()
      await page.locator('table.table tbody tr').first().waitFor()
      await page.getByRole('searchbox').fill('requester')
      await expectValue(() => page.locator('table.table tbody tr').count(), 1, 'rows matching "requester"')
      await expectText(page.locator('table.table tbody'), 'requester@demo.transferhub.org')
      await page.getByRole('searchbox').fill('')
      await page.locator('table.table tbody tr').nth(3).waitFor()
      await screenshot(page, 'admin-users-en')
    },
  },
  {
    name: 'a provider cannot open the admin page',
    async run({ newPage }) {
      const page = await newPage()
      await signIn(page, DEMO.provider)
      await page.goto('/admin/users')
      // provider's account language is Chinese
      await expectText(page.locator('h1'), '您无权执行此操作。')
    },
  },
  {
    name: 'wrong password is refused with a clear message',
    async run({ newPage }) {
      const page = await newPage()
      await page.goto('/login')
      await page.getByLabel('Username').fill('requester')
      await page.getByLabel('Password').fill('not the right password')
      await page.getByRole('button', { name: 'Sign in', exact: true }).click()
      await expectText(page.getByRole('alert'), 'Username or password is wrong.')
      await screenshot(page, 'login-error-en')
      assert(new URL(page.url()).pathname === '/login', 'stays on the login page')
    },
  },
]
