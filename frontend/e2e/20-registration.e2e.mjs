import { DEMO, expectText, screenshot, signIn, signOut } from './support.mjs'

async function registerProvider(page, { username, password, institution, displayName }) {
  await page.goto('/register')
  await page.getByLabel('Username').fill(username)
  await page.getByLabel('Full name').fill(displayName)
  await page.getByLabel('E-mail').fill(`${username}@example.org`)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('checkbox', { name: /Provider/ }).check()
  await page.getByLabel('Name (in its own script)').fill(institution)
  await page.getByLabel('Name in Latin script').fill(`${institution} (Latin)`)
  await page.getByLabel('Country').selectOption('KZ')
  await page.getByLabel('Type').selectOption('COMPANY')
  await page.getByLabel('City').fill('Almaty')
  await page.getByRole('button', { name: 'Create account' }).click()
  await page.getByRole('heading', { name: `Welcome, ${displayName}` }).waitFor()
}

// The whole onboarding story: a provider registers with a new institution, Center staff verify
// it, and the provider, signing in again, sees the institution verified.
export const tests = [
  {
    name: 'new provider registers a new institution, staff verify it, provider sees VERIFIED',
    async run({ newPage }) {
      const stamp = Date.now().toString(36)
      const username = `e2e-provider-${stamp}`
      const password = `A long passphrase for ${stamp}`
      const institution = `Самаркандский центр эндокринологии ${stamp}`

      const provider = await newPage()
      await provider.goto('/register')
      await provider.getByLabel('Username').fill(username)
      await provider.getByLabel('Full name').fill('Dr. Aziz Rakhimov')
      await provider.getByLabel('E-mail').fill(`${username}@example.uz`)
      await provider.getByLabel('Password', { exact: true }).fill(password)
      await provider.getByRole('checkbox', { name: /Provider/ }).check()
      await provider.getByLabel('Name (in its own script)').fill(institution)
      await provider.getByLabel('Name in Latin script').fill(`Samarkand Endocrinology Center ${stamp}`)
      await provider.getByLabel('Country').selectOption('UZ')
      await provider.getByLabel('Type').selectOption('HOSPITAL')
      await provider.getByLabel('City').fill('Samarkand')
      await provider.getByLabel(/^Website/).fill('https://endo.example.uz')
      await screenshot(provider, 'register-filled-en')
      await provider.getByRole('button', { name: 'Create account' }).click()

      await provider.getByRole('heading', { name: 'Welcome, Dr. Aziz Rakhimov' }).waitFor()
      await expectText(provider.locator('[data-status]'), 'Awaiting verification')
      await screenshot(provider, 'home-new-provider-pending')
      await signOut(provider)

      const staff = await newPage()
      await signIn(staff, DEMO.staff)
      await staff.locator('nav#main-nav a[href="/staff/institutions"]').click()
      const item = staff.getByRole('article', { name: institution })
      await item.waitFor()
      await screenshot(staff, 'staff-queue-zh')
      await item.getByRole('button', { name: '通过审核' }).click()
      await item.waitFor({ state: 'detached' })

      await signIn(provider, { username, password })
      await expectText(provider.locator('[data-status]'), 'Verified')
      await screenshot(provider, 'home-new-provider-verified')
    },
  },
  {
    name: 'registration shows the server’s field errors (common password, taken username)',
    async run({ newPage }) {
      const page = await newPage()
      await page.goto('/register')
      await page.getByLabel('Username').fill('provider') // a demo account: taken
      await page.getByLabel('Full name').fill('Someone Else')
      await page.getByLabel('E-mail').fill('someone@example.org')
      await page.getByLabel('Password', { exact: true }).fill('password1234') // on the common list
      await page.getByRole('checkbox', { name: /Requester/ }).check()
      await page.getByRole('radio', { name: 'My institution is already registered' }).check()
      await page.getByLabel('Search institutions').fill('Ruijin')
      await page.locator('input[name="institutionId"]').first().check()
      await page.getByRole('button', { name: 'Create account' }).click()
      await page.locator('[aria-invalid="true"]').first().waitFor()
      await screenshot(page, 'register-errors-en')
      const invalid = await page.locator('[aria-invalid="true"]').evaluateAll((els) => els.map((e) => e.getAttribute('name')))
      if (!invalid.includes('password') && !invalid.includes('username')) {
        throw new Error(`expected password or username marked invalid, got ${invalid}`)
      }
    },
  },
  {
    name: 'staff reject an institution with a reason, and its provider sees the reason',
    async run({ newPage }) {
      const stamp = Date.now().toString(36)
      const account = {
        username: `e2e-rejected-${stamp}`,
        password: `Another long passphrase ${stamp}`,
        institution: `Test Clinic ${stamp}`,
        displayName: 'Test Provider',
      }
      const provider = await newPage()
      await registerProvider(provider, account)

      const staff = await newPage()
      await signIn(staff, DEMO.staff)
      await staff.getByRole('button', { name: 'English' }).click()
      await staff.goto('/staff/institutions')
      const item = staff.getByRole('article', { name: account.institution })
      await item.getByRole('button', { name: 'Reject' }).click()
      await item.getByLabel(/Reason for rejection/).fill('No licence for medical activity was found.')
      await item.getByRole('button', { name: 'Reject institution' }).click()
      await item.waitFor({ state: 'detached' })
      await staff.getByRole('button', { name: '中文' }).click() // leave the demo account in its language

      await provider.reload()
      await expectText(provider.locator('[data-status]'), 'Rejected')
      await expectText(provider.locator('.institution-card'), 'No licence for medical activity was found.')
      await screenshot(provider, 'home-provider-rejected')
    },
  },
]

