import { DEMO, PHONE, assert, expectText, screenshot, signIn } from './support.mjs'

// The catalog's life cycle in the browser: a provider writes and submits a listing, staff send it
// back with a comment, the provider fixes it, staff publish it, and an anonymous visitor finds it.
// The demo provider and staff accounts speak Chinese, so their pages are driven in Chinese.

const ZH = {
  next: '下一页',
  submit: '提交审核',
  requestChanges: '要求修改',
  publish: '发布',
}

async function fillNewListing(page, title) {
  await page.goto('/my/listings/new')
  await page.locator('main [name="title"]').fill(title)
  await page.locator('main [name="summary"]').fill('基层医院糖尿病足溃疡的远程伤口监测与分级转诊。')
  await page.locator('main [name="description"]').fill('通过手机拍摄伤口照片，由上级医院专家远程评估。<b>不是HTML</b>')
  await page.getByRole('button', { name: ZH.next }).click()
  await page.getByRole('checkbox', { name: '糖尿病' }).check()
  await page.locator('main [name="technologyType"]').selectOption('DIGITAL_HEALTH')
  await page.locator('main [name="trl"]').selectOption('6')
  await page.getByRole('checkbox', { name: '培训' }).check()
  await screenshot(page, 'listing-form-step2-zh')
  await page.getByRole('button', { name: ZH.next }).click()
  await page.locator('main [name="requirements.annualPatientVolume"]').fill('500')
  await page.getByRole('button', { name: ZH.next }).click()
  await page.locator('main [name="contact.name"]').fill('陈杰')
  await page.locator('main [name="contact.email"]').fill('chen.jie@example.org')
  await page.getByRole('button', { name: ZH.next }).click()
}

export const tests = [
  {
    name: 'provider submits, staff request changes, provider fixes, staff publish, anyone finds it',
    async run({ newPage }) {
      const title = `E2E 糖尿病足远程监测 ${Date.now()}`
      const provider = await newPage()
      await signIn(provider, DEMO.provider)
      await fillNewListing(provider, title)
      await provider.getByRole('button', { name: ZH.submit }).click()
      await provider.waitForURL(/\/catalog\/[^/]+$/)
      const id = provider.url().split('/').pop()
      await expectText(provider.locator('h1'), title)
      await expectText(provider.locator('.listing__description'), '<b>不是HTML</b>')

      const staff = await newPage()
      await signIn(staff, DEMO.staff)
      await staff.goto('/staff/review')
      await staff.getByRole('link', { name: title }).click()
      await staff.locator('main [name="comment"]').fill('请补充所需设备。')
      await screenshot(staff, 'review-new-listing-zh')
      await staff.getByRole('button', { name: ZH.requestChanges }).click()
      await staff.waitForURL('**/staff/review')

      await provider.goto('/my/listings')
      await expectText(provider.locator('.card-list'), '需要修改')
      await provider.goto(`/my/listings/${id}/edit`)
      await provider.getByRole('button', { name: /3\./ }).click()
      await provider.locator('main [name="requirements.equipment"]').fill('智能手机\n伤口测量尺')
      await provider.getByRole('button', { name: /5\./ }).click()
      await expectText(provider.locator('.alert--warning'), '请补充所需设备。')
      await provider.getByRole('button', { name: ZH.submit }).click()
      await provider.waitForURL(`**/catalog/${id}`)

      await staff.goto(`/staff/review/${id}`)
      await staff.getByRole('button', { name: ZH.publish, exact: true }).click()
      await staff.waitForURL('**/staff/review')

      const anonymous = await newPage()
      await anonymous.goto('/catalog')
      await anonymous.getByRole('link', { name: title }).click()
      await expectText(anonymous.locator('h1'), title)
      await expectText(anonymous.locator('.listing-section').first(), 'Digital health')
      assert((await anonymous.getByText('chen.jie@example.org').count()) === 0, 'no contact for anonymous readers')
      await screenshot(anonymous, 'listing-anonymous-en')
      await anonymous.goto('/catalog?diseaseArea=DIABETES&type=DIGITAL_HEALTH')
      await anonymous.getByRole('link', { name: title }).waitFor()
      assert((await anonymous.getByLabel('Technology type').inputValue()) === 'DIGITAL_HEALTH', 'filter read from the URL')
      await screenshot(anonymous, 'catalog-filtered-en')
    },
  },
  {
    name: 'catalog and listing pages fit a phone, in Russian',
    async run({ newPage }) {
      const page = await newPage({ ...PHONE, locale: 'ru-RU' })
      await page.goto('/catalog')
      await expectText(page.locator('h1'), 'Каталог технологий')
      await page.locator('.card-list, .empty').first().waitFor()
      await screenshot(page, 'phone-catalog-ru')
      const first = page.locator('.listing-card__title a').first()
      if (await first.count()) {
        await first.click()
        await page.locator('.listing h1').waitFor()
        await screenshot(page, 'phone-listing-ru')
      }
    },
  },
]
