import { DEMO, assert, expectText, screenshot, signIn } from './support.mjs'

// Needs and matchmaking in the browser (issue 5). The demo requester (Tashkent, UI in Russian)
// posts a need in Russian and sees a Chinese demo listing matched, with the reasons and the gaps;
// the demo staff member (UI in Chinese) recommends a listing to that need with a note, and the
// requester then sees it as a curated match; staff run the full recompute from the brokering
// dashboard and follow it to the end; the requester closes the need with an outcome, which the need
// page and its history then show. The tests share the need through `posted`.

const STATEMENT =
  'Районная больница: нужен скрининг диабетической ретинопатии у пациентов с сахарным диабетом. ' +
  'Хотим фотографировать глазное дно портативной фундус-камерой и получать оценку снимков искусственным интеллектом.'
const NOTE = 'E2E: 中心推荐——甲状腺结节消融，适合贵院内分泌科'

const posted = { url: null }

/** Reloads the need page until a match card satisfies `check` (matches are computed as the need opens). */
async function waitForMatch(page, locator, timeout = 60_000) {
  const deadline = Date.now() + timeout
  while (Date.now() < deadline) {
    if ((await locator.count()) > 0) return
    await new Promise((r) => setTimeout(r, 1_000))
    await page.reload()
    await page.locator('.match-list').waitFor()
    await page.locator('.match-list .card-list, .match-list .empty').first().waitFor()
  }
  throw new Error('the expected match did not appear')
}

export const tests = [
  {
    name: 'a requester posts a need in Russian and sees a Chinese listing matched with its explanation',
    async run({ newPage }) {
      const page = await newPage()
      await signIn(page, DEMO.requester)
      await page.goto('/my/needs/new')
      await page.getByRole('heading', { name: 'Разместить потребность' }).waitFor()

      // The client checks come first, named per field, in Russian.
      await page.getByRole('button', { name: 'Сохранить черновик' }).click()
      await expectText(page.locator('.field--invalid .field__error'), 'Обязательное поле')

      await page.getByLabel('Краткое название').fill('E2E: скрининг диабетической ретинопатии')
      await page.getByLabel('Описание проблемы').fill(STATEMENT)
      await page.locator('input[type=checkbox][value=DIABETES]').first().check()
      await page.locator('input[type=checkbox][value=DIAGNOSTIC]').check()
      await page.getByLabel('Страна', { exact: true }).selectOption('UZ')
      await page.getByLabel('Уровень медицинской помощи').selectOption('REGIONAL_HOSPITAL')
      await page.getByLabel(/Пациентов в год/).fill('12000')
      await page.getByLabel(/Имеющееся оборудование/).fill('офтальмоскоп')
      await page.locator('input[type=radio][value=ANONYMOUS]').check()
      await page.getByRole('button', { name: 'Сохранить и открыть для подбора' }).click()

      await page.waitForURL((url) => /^\/needs\/[^/]+$/.test(url.pathname))
      posted.url = new URL(page.url()).pathname
      await expectText(page.locator('.need-detail .badge').first(), 'Открыта')

      // A Chinese listing is matched, explained in Russian: reasons, and gaps highlighted.
      const chinese = page.locator('.match-card', { has: page.locator('h3 a[lang=zh]') })
      await waitForMatch(page, chinese)
      const card = chinese.first()
      await expectText(card.locator('.match-score'), /\d+ \/ 100/)
      await expectText(card.locator('.match-reasons'), 'Сахарный диабет')
      assert((await card.locator('.match-reasons li').count()) > 0, 'the match explains why it fits')
      // Some match names what lowers it (the Chinese listings target no Uzbek registration, etc.).
      assert((await page.locator('.match-gaps mark').count()) > 0, 'gaps are shown highlighted')
      await screenshot(page, 'needs-ru-matches')
    },
  },
  {
    name: 'staff recommend a listing to the need and the requester sees it as a curated match',
    async run({ newPage }) {
      assert(posted.url, 'the previous test posted a need')
      const staff = await newPage()
      await signIn(staff, DEMO.staff)
      await staff.goto(posted.url)
      const form = staff.locator('.recommend-form')
      await form.waitFor()
      await form.locator('input[type=search]').fill('甲状腺结节')
      await form.locator('input[type=search]').press('Enter')
      await form.locator('input[type=radio]').first().check()
      const reference = ((await form.locator('label.choice span').first().textContent()) ?? '').split(' · ')[0]
      await form.locator('textarea').fill(NOTE)
      await form.getByRole('button', { name: '推荐', exact: true }).click()
      await expectText(form.getByRole('status'), '中心推荐')
      await screenshot(staff, 'needs-staff-recommend')

      const requester = await newPage()
      await signIn(requester, DEMO.requester)
      await requester.goto(posted.url)
      const curated = requester.locator('.match-card--curated')
      await waitForMatch(requester, curated, 20_000)
      await expectText(curated.first(), 'Рекомендовано Центром')
      await expectText(curated.first(), NOTE)
      await expectText(curated.first().locator('.listing-card__meta'), reference)
      await screenshot(requester, 'needs-ru-curated')
    },
  },
  {
    name: 'staff run the full match recompute and follow its progress to the end',
    async run({ newPage }) {
      const staff = await newPage()
      await signIn(staff, DEMO.staff)
      await staff.goto('/staff/brokering')
      const panel = staff.locator('.brokering__recompute')
      await panel.getByRole('button', { name: '重新计算全部匹配' }).click()
      // Started: the panel reports progress (shown for at least one poll) until the run is DONE.
      await expectText(panel, '正在重新计算')
      await expectText(panel, '上次重新计算于', 60_000)
      assert(await panel.getByRole('button', { name: '重新计算全部匹配' }).isEnabled(), 'a finished run may be started again')
      await screenshot(staff, 'needs-staff-recompute')
    },
  },
  {
    name: 'the requester closes the need with an outcome, shown on the need page and in its history',
    async run({ newPage }) {
      assert(posted.url, 'the first test posted a need')
      const page = await newPage()
      await signIn(page, DEMO.requester)
      await page.goto(posted.url)
      await page.getByRole('button', { name: 'Закрыть потребность…' }).click()
      const form = page.locator('form.need-close')
      // The outcome must be chosen: the form says so, in Russian, and sends nothing.
      await form.getByRole('button', { name: 'Закрыть потребность', exact: true }).click()
      await expectText(form.locator('.field__error'), 'Выберите, чем закончилась потребность.')
      await form.getByLabel('Итог', { exact: true }).selectOption('FULFILLED_THROUGH_PORTAL')
      await form.getByLabel(/Комментарий к итогу/).fill('E2E: внедрили скрининг по рекомендации Центра')
      await form.getByRole('button', { name: 'Закрыть потребность', exact: true }).click()

      await expectText(page.locator('.need-detail .badge').first(), 'Закрыта')
      await expectText(page.locator('.need-detail .facts'), 'Решена через портал')
      const history = page.locator('.need-history')
      await expectText(history.locator('li').last(), 'Решена через портал')
      await expectText(history.locator('li').last(), 'E2E: внедрили скрининг')
      assert((await page.getByRole('button', { name: 'Закрыть потребность…' }).count()) === 0, 'a closed need cannot be closed again')
      await screenshot(page, 'needs-ru-closed')
    },
  },
]
