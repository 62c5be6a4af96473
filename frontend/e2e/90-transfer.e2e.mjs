import { DEMO, assert, expectText, expectValue, screenshot, signIn } from './support.mjs'

// The whole transfer path in the browser (issue 6): the demo requester (Tashkent, UI in Russian)
// finds the Chinese CGM protocol with a Russian query and applies; the demo provider (Ruijin, UI
// in Chinese) accepts; the demo staff member (UI in Chinese) approves; the milestones are recorded
// by the side each belongs to; the requester confirms completion, staff close it, and the
// dashboard's "technologies shared" rises by one.

const CGM_TITLE = '持续葡萄糖监测（CGM）在门诊2型糖尿病管理中的应用方案'
const TODAY = new Date().toISOString().slice(0, 10)
const pdf = (name) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n') })

async function technologiesShared(page) {
  await page.goto('/staff/dashboard')
  const bar = page.getByRole('progressbar').first()
  await bar.waitFor()
  return Number(await bar.getAttribute('aria-valuenow'))
}

/** Opens a step's form from the "what you can do now" panel, fills it and confirms. */
async function takeStep(page, button, fill = async () => {}) {
  await page.locator('.transfer__actions').getByRole('button', { name: button, exact: true }).click()
  const form = page.locator('.step-form')
  await form.waitFor()
  await fill(form)
  await form.locator('button[type=submit]').click()
  await form.waitFor({ state: 'detached' })
}

async function expectStatus(page, status) {
  await expectText(page.locator('.transfer__head .badge'), status)
}

export const tests = [
  {
    name: 'search → apply → provider accepts → staff approve → milestones → completed → the dashboard counts it',
    async run({ newPage }) {
      const staff = await newPage()
      await signIn(staff, DEMO.staff)
      const before = await technologiesShared(staff)

      // The requester finds the Chinese listing with a Russian query and applies for it.
      const requester = await newPage()
      await signIn(requester, DEMO.requester)
      await requester.goto(`/search?q=${encodeURIComponent('непрерывный мониторинг глюкозы')}`)
      await requester.locator('article', { hasText: CGM_TITLE }).getByRole('link').first().click()
      await requester.locator('.listing h1').waitFor()
      await requester.getByRole('link', { name: 'Подать заявку на эту технологию' }).click()
      await requester.getByRole('heading', { name: 'Заявка на передачу технологии' }).waitFor()
      await requester.getByRole('button', { name: 'Подать заявку' }).click()
      await expectText(requester.locator('.field--invalid .field__error').first(), 'Обязательное поле')
      await requester.getByLabel('Предполагаемое применение').fill('Эндокринологическое отделение: амбулаторные пациенты с диабетом 2 типа')
      await requester.getByLabel('Ожидаемое число пациентов в год').fill('900')
      await requester.getByLabel('Сколько специалистов обучить').fill('6')
      await requester.getByLabel('Предпочтительная форма передачи').selectOption('TRAINING')
      await requester.getByLabel('Сроки').fill('Обучение в I квартале 2027 года')
      // The site's readiness against each of the listing's requirements, scored while answering as
      // the server scores it (have 1, partly ½, not 0), with what is missing listed.
      const readiness = requester.locator('.readiness__item')
      await readiness.nth(0).getByRole('radio', { name: 'Есть' }).check()
      await readiness.nth(1).getByRole('radio', { name: 'Частично' }).check()
      await readiness.nth(2).getByRole('radio', { name: 'Нет' }).check()
      await expectText(requester.locator('.readiness__score'), 'Оценка готовности: 50/100 (отвечено 3 из 3)')
      await expectText(requester.locator('.readiness .alert'), '内分泌科医生和经过CGM培训的糖尿病专科护士')
      await requester.getByRole('button', { name: 'Подать заявку' }).click()
      await requester.waitForURL((url) => /^\/transfers\/[^/]+$/.test(url.pathname))
      const transferUrl = new URL(requester.url()).pathname
      await expectStatus(requester, 'Подана')
      await requester.getByLabel('Написать другим участникам').fill('Можно ли провести обучение на русском языке?')
      await requester.locator('.messages input[type=file]').setInputFiles(pdf('перечень оборудования.pdf'))
      await expectText(requester.locator('.messages'), 'Прикреплено: перечень оборудования.pdf')
      await requester.getByRole('button', { name: 'Отправить' }).click()
      await expectText(requester.locator('.message-list'), 'на русском языке')
      await expectText(requester.locator('.message__files'), 'перечень оборудования.pdf')
      await screenshot(requester, 'transfer-ru-submitted')

      // The provider finds it in the inbox, reads the message and accepts with terms and a plan.
      const provider = await newPage()
      await signIn(provider, DEMO.provider)
      await provider.goto('/my/inbox')
      await provider.locator(`a[href="${transferUrl}"]`).first().click()
      await expectStatus(provider, '已提交')
      await expectText(provider.locator('.message-list'), 'на русском языке')
      const download = await Promise.all([provider.waitForEvent('download'), provider.locator('.message__files a').click()])
      assert(download[0].suggestedFilename() === 'перечень оборудования.pdf', 'the provider downloads the message file')
      await takeStep(provider, '接受', async (form) => {
        await form.getByLabel('拟议条件').fill('免费许可，差旅由申请方承担')
        await form.getByLabel('培训计划').fill('上海两周临床进修（俄语翻译）')
      })
      await expectStatus(provider, '提供方已接受')

      // Staff approve from the review queue.
      await staff.goto('/staff/transfers')
      await staff.locator(`a[href="${transferUrl}"]`).first().click()
      await expectStatus(staff, '提供方已接受')
      await takeStep(staff, '批准')
      await expectStatus(staff, '已批准')

      // Milestones: agreement, training, go-live.
      await provider.goto(transferUrl)
      await takeStep(provider, '登记协议签署', async (form) => {
        await form.getByLabel('协议类型').selectOption('MOU')
        await form.getByLabel('签署日期').fill(TODAY)
        await form.locator('input[type=file]').setInputFiles(pdf('谅解备忘录.pdf'))
      })
      await expectStatus(provider, '协议已签署')
      await expectText(provider.locator('section[aria-labelledby=tr-milestones] .transfer-files'), '谅解备忘录.pdf')
      await takeStep(provider, '登记培训完成', async (form) => {
        await form.getByLabel('培训人数').fill('6')
        await form.getByLabel('专业').fill('内分泌科医师, 糖尿病专科护士')
        await form.getByLabel('颁发证书数').fill('6')
        await form.getByLabel('培训日期').fill(TODAY)
      })
      await expectStatus(provider, '培训已完成')
      await takeStep(provider, '登记上线', async (form) => {
        await form.getByLabel('上线日期').fill(TODAY)
      })
      await expectStatus(provider, '已上线')

      // The requester confirms completion; staff close it.
      await requester.goto(transferUrl)
      await takeStep(requester, 'Подтвердить завершение')
      await expectStatus(requester, 'Завершение подтверждено')
      await staff.goto(transferUrl)
      await takeStep(staff, '结项')
      await expectStatus(staff, '已完成')
      await expectText(staff.locator('.audit-table'), 'Dr. Chen Jie')
      assert((await staff.locator('.audit-table tbody tr').count()) === 8, 'every step is in the audit trail')
      await screenshot(staff, 'transfer-zh-completed')

      // The technology now counts as shared.
      await expectValue(() => technologiesShared(staff), before + 1, 'technologies shared on the dashboard')
      await screenshot(staff, 'dashboard-zh')

      // The requester's follow-up reports are now due, and the public impact page shows the figure.
      await requester.goto(transferUrl)
      await expectText(requester.locator('section[aria-labelledby=tr-followups]'), 'Отчёты о результатах')
      const visitor = await newPage()
      await visitor.goto('/impact')
      await expectValue(async () => Number(await visitor.getByRole('progressbar').first().getAttribute('aria-valuenow')), before + 1,
        'technologies shared on the public impact page')
    },
  },
]
