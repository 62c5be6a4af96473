import { DEMO, PHONE, assert, expectText, screenshot, signIn } from './support.mjs'

// Cross-lingual search in the browser: staff import a Chinese and a Russian listing through the
// import page (one broken line is reported, not fatal); a Russian query finds the Chinese listing
// with the concept that matched, and a Chinese query finds the Russian one.

const ZH_TITLE = '糖尿病视网膜病变人工智能眼底筛查系统'
const RU_TITLE = 'Скрининг диабетической ретинопатии портативной фундус-камерой'

const lines = [
  {
    reference: 'E2E-SEARCH-ZH-1',
    language: 'zh',
    title: ZH_TITLE,
    summary: '基层医院用免散瞳眼底相机拍照，人工智能自动识别糖尿病视网膜病变并分级转诊。',
    description: '系统对糖尿病患者的眼底照片进行糖尿病视网膜病变分级，敏感度高，适合社区筛查。',
    diseaseAreas: ['DIABETES'],
    technologyType: 'DIAGNOSTIC',
    trl: 8,
    transferModes: ['LICENSE', 'TRAINING'],
    keywords: ['糖尿病视网膜病变', '眼底照相', '人工智能'],
    providerName: '瑞金医院',
    providerCountry: 'CN',
  },
  {
    reference: 'E2E-SEARCH-RU-1',
    language: 'ru',
    title: RU_TITLE,
    summary: 'Выездной скрининг диабетической ретинопатии в районных поликлиниках.',
    description: 'Медсестра снимает глазное дно портативной камерой, офтальмолог оценивает снимки дистанционно.',
    diseaseAreas: ['DIABETES'],
    technologyType: 'DIAGNOSTIC',
    trl: 7,
    transferModes: ['TRAINING'],
    keywords: ['диабетическая ретинопатия', 'телемедицина'],
    providerName: 'Эндокринологический научный центр',
    providerCountry: 'RU',
  },
]
const NDJSON = `${lines.map((l) => JSON.stringify(l)).join('\n')}\n{"reference": "E2E-BROKEN", "trl": 12}\n{"reference": "E2E-BROKEN-2",\n`

async function search(page, query) {
  await page.goto('/')
  const box = page.getByRole('combobox')
  await box.fill(query)
  await box.press('Enter')
  await page.waitForURL('**/search?**')
  await page.locator('.card-list, .empty').first().waitFor()
}

export const tests = [
  {
    name: 'staff import listings and see the per-line errors',
    async run({ newPage }) {
      const staff = await newPage()
      await signIn(staff, DEMO.staff)
      await staff.goto('/staff/import')
      await staff.locator('#import-file').setInputFiles({ name: 'listings.ndjson', mimeType: 'application/x-ndjson', buffer: Buffer.from(NDJSON) })
      await staff.getByRole('button', { name: '导入', exact: true }).click()
      await expectText(staff.getByRole('status'), /失败：2/, 60_000)
      await expectText(staff.locator('.data-table tbody'), 'E2E-BROKEN')
      await screenshot(staff, 'import-report-zh')
    },
  },
  {
    name: 'a Russian query finds the Chinese listing and shows the concept that matched',
    async run({ newPage }) {
      const page = await newPage({ locale: 'ru-RU' })
      await search(page, 'диабетическая ретинопатия')
      const hit = page.locator('article', { hasText: ZH_TITLE })
      await hit.waitFor()
      await expectText(hit.locator('.badge--lang'), '中文')
      await expectText(hit.locator('.concept-list'), /=/)
      assert((await page.locator('article', { hasText: RU_TITLE }).count()) === 1, 'the Russian listing is found too')
      await screenshot(page, 'search-ru')
      await page.locator('article', { hasText: ZH_TITLE }).getByRole('link').click()
      await page.locator('.listing h1').waitFor()
      await screenshot(page, 'search-hit-listing-ru')
    },
  },
  {
    name: 'a Chinese query finds the Russian listing',
    async run({ newPage }) {
      const page = await newPage({ locale: 'zh-CN' })
      await search(page, '糖尿病视网膜病变')
      const hit = page.locator('article', { hasText: RU_TITLE })
      await hit.waitFor()
      await expectText(hit.locator('.badge--lang'), 'Русский')
      await screenshot(page, 'search-zh')
      await page.goto(`/search?q=${encodeURIComponent('糖尿病视网膜病变')}&country=KZ`)
      await expectText(page.locator('.empty'), '请减少筛选条件')
      await screenshot(page, 'search-empty-zh')
    },
  },
  {
    name: 'search results fit a phone',
    async run({ newPage }) {
      const page = await newPage({ ...PHONE, locale: 'ru-RU' })
      await search(page, 'ретинопатия')
      await screenshot(page, 'phone-search-ru')
    },
  },
]
