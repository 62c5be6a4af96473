import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { LANGUAGE_STORAGE_KEY } from '@/config/languages'
import { i18n } from '@/lib/i18n'
import { installFakeApi } from '@/testing/fake-api'
import { renderApp } from '@/testing/render-app'
import { aUser } from '@/testing/users'

afterEach(() => vi.unstubAllGlobals())

describe('language switcher', () => {
  it('switches every string, the html lang and remembers the choice', async () => {
    installFakeApi()
    renderApp('/login')
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument()

    await userEvent.setup().click(screen.getByRole('button', { name: 'Русский' }))

    expect(await screen.findByRole('heading', { name: 'Вход' })).toBeInTheDocument()
    expect(screen.getByLabelText('Имя пользователя')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Русский' })).toHaveAttribute('aria-pressed', 'true')
    expect(document.documentElement.lang).toBe('ru')
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ru')
  })

  it('shows Chinese and saves the choice to the signed-in account', async () => {
    const user = aUser(['REQUESTER'], { displayName: 'Farrukh' })
    const fake = installFakeApi({
      'GET /api/me': { body: user },
      'PATCH /api/me': (call) => ({ body: { ...user, ...(call.body as object) } }),
    })
    renderApp('/')
    await screen.findByRole('heading', { name: 'Welcome, Farrukh' })

    await userEvent.setup().click(screen.getByRole('button', { name: '中文' }))

    expect(await screen.findByRole('heading', { name: '欢迎，Farrukh' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: '首页' })).toBeInTheDocument()
    await waitFor(() => expect(fake.callsTo('PATCH /api/me')).toHaveLength(1))
    expect(fake.callsTo('PATCH /api/me')[0].body).toEqual({ language: 'zh' })
    expect(fake.callsTo('PATCH /api/me')[0].headers['X-XSRF-TOKEN']).toBe('csrf-1')
  })

  it('takes the account’s language at sign-in', async () => {
    installFakeApi({ 'POST /api/auth/login': { body: aUser(['PROVIDER'], { language: 'ru', displayName: 'Иван' }) } })
    renderApp('/login')
    const user = userEvent.setup()

    await user.type(await screen.findByLabelText('Username'), 'ivan')
    await user.type(screen.getByLabelText('Password'), 'some long password')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))

    expect(await screen.findByRole('heading', { name: 'Добро пожаловать, Иван' })).toBeInTheDocument()
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ru')
  })

  it('keeps the language chosen in this browser when a session is restored', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'zh')
    await i18n.changeLanguage('zh')
    installFakeApi({ 'GET /api/me': { body: aUser(['PROVIDER'], { language: 'ru', displayName: 'Иван' }) } })
    renderApp('/')

    expect(await screen.findByRole('heading', { name: '欢迎，Иван' })).toBeInTheDocument()
  })
})
