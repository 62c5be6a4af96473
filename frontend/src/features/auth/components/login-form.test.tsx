import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { installFakeApi, problem } from '@/testing/fake-api'
import { renderApp } from '@/testing/render-app'
import { aUser } from '@/testing/users'

afterEach(() => vi.unstubAllGlobals())

async function signIn(username: string, password: string) {
  const user = userEvent.setup()
  await user.type(await screen.findByLabelText('Username'), username)
  await user.type(screen.getByLabelText('Password'), password)
  await user.click(screen.getByRole('button', { name: 'Sign in' }))
}

describe('login form', () => {
  it('says the credentials are wrong on a bad-credentials answer', async () => {
    installFakeApi({ 'POST /api/auth/login': problem(401, 'bad-credentials') })
    renderApp('/login')

    await signIn('provider', 'not-the-password')

    expect(await screen.findByRole('alert')).toHaveTextContent('Username or password is wrong.')
  })

  it('tells how long to wait when throttled', async () => {
    installFakeApi({
      'POST /api/auth/login': {
        ...problem(429, 'too-many-requests'),
        headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '30' },
      },
    })
    renderApp('/login')

    await signIn('provider', 'whatever-password')

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts. Try again in 30 seconds.')
  })

  it('marks empty fields without calling the server', async () => {
    const fake = installFakeApi()
    renderApp('/login')

    await userEvent.setup().click(await screen.findByRole('button', { name: 'Sign in' }))

    expect(screen.getByLabelText('Username')).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByLabelText('Username')).toHaveAccessibleDescription('This field is required.')
    expect(fake.callsTo('POST /api/auth/login')).toHaveLength(0)
  })

  it('signs in with the CSRF token and shows the signed-in home page', async () => {
    const fake = installFakeApi({ 'POST /api/auth/login': { body: aUser(['PROVIDER'], { displayName: 'Li Wei' }) } })
    renderApp('/login')

    await signIn('provider', 'TransferHub-provider-2026')

    expect(await screen.findByRole('heading', { name: 'Welcome, Li Wei' })).toBeInTheDocument()
    const [login] = fake.callsTo('POST /api/auth/login')
    expect(login.body).toEqual({ username: 'provider', password: 'TransferHub-provider-2026' })
    expect(login.headers['X-XSRF-TOKEN']).toBe('csrf-1')
  })
})
