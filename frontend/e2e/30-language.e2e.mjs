import { assert, expectText, PHONE, screenshot } from './support.mjs'

// The language switcher changes the whole UI and the html lang, the choice survives a reload, and a
// browser set to Russian gets Russian by default.
export const tests = [
  {
    name: 'switching to Chinese and Russian changes the UI and is remembered',
    async run({ newPage }) {
      const page = await newPage()
      await page.goto('/')
      await expectText(page.locator('h1'), 'Medical technologies, shared across the SCO')

      await page.getByRole('button', { name: '中文' }).click()
      await expectText(page.locator('h1'), '医疗技术')
      assert((await page.locator('html').getAttribute('lang')) === 'zh', 'html lang is zh')
      await page.reload()
      await expectText(page.locator('h1'), '医疗技术')
      await screenshot(page, 'landing-zh')

      await page.getByRole('button', { name: 'Русский' }).click()
      await expectText(page.locator('h1'), 'Медицинские технологии')
      assert((await page.locator('html').getAttribute('lang')) === 'ru', 'html lang is ru')
      await page.goto('/login')
      await expectText(page.locator('h1'), 'Вход')
      await screenshot(page, 'login-ru')
    },
  },
  {
    name: 'a browser set to Russian starts in Russian',
    async run({ newPage }) {
      const page = await newPage({ locale: 'ru-RU' })
      await page.goto('/register')
      await expectText(page.locator('h1'), 'Регистрация')
      await screenshot(page, 'register-ru')
    },
  },
  {
    name: 'unknown addresses show the not-found page',
    async run({ newPage }) {
      const page = await newPage({ locale: 'zh-CN' })
      await page.goto('/no/such/page')
      await expectText(page.locator('h1'), '页面不存在')
    },
  },
  {
    name: 'the phone layout has a menu button and keeps the language switcher',
    async run({ newPage }) {
      const page = await newPage({ ...PHONE, locale: 'zh-CN' })
      await page.goto('/')
      await expectText(page.locator('h1'), '医疗技术')
      await screenshot(page, 'phone-landing-zh')
      await page.locator('.nav-toggle').click()
      await page.locator('nav#main-nav a').first().waitFor()
      await page.goto('/register')
      await screenshot(page, 'phone-register-zh')
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      assert(overflow <= 0, `page is ${overflow}px wider than the phone screen`)
    },
  },
]
