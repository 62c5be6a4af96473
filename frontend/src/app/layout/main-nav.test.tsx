import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { installFakeApi } from '@/testing/fake-api'
import { renderApp } from '@/testing/render-app'
import { aUser } from '@/testing/users'
import type { Role } from '@/types/api'

afterEach(() => vi.unstubAllGlobals())

async function navLinks() {
  const nav = await screen.findByRole('navigation', { name: 'Main navigation' })
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent)
}

describe('role-aware navigation', () => {
  it('offers anonymous visitors only the public pages and sign-in', async () => {
    installFakeApi()
    renderApp('/')

    await screen.findByRole('heading', { name: /Medical technologies/ })
    expect(await navLinks()).toEqual(['Home', 'Catalog', 'Impact'])
    expect(within(screen.getByRole('banner')).getByRole('link', { name: 'Sign in' })).toBeInTheDocument()
  })

  it.each<[Role[], string[]]>([
    [['PROVIDER'], ['Home', 'Catalog', 'Impact', 'My listings', 'Needs board', 'Demand', 'Applications received', 'Saved searches']],
    [['REQUESTER'], ['Home', 'Catalog', 'Impact', 'My needs', 'My applications', 'Saved searches']],
    [['STAFF'], ['Home', 'Catalog', 'Impact', 'Review queue', 'Import', 'Verification', 'Needs board', 'Brokering', 'Transfer review', 'Dashboard', 'Saved searches']],
    [['ADMIN'], ['Home', 'Catalog', 'Impact', 'Review queue', 'Import', 'Verification', 'Users', 'Needs board', 'Brokering', 'Transfer review', 'Dashboard', 'Saved searches']],
  ])('shows %s the links of their role', async (roles, expected) => {
    installFakeApi({ 'GET /api/me': { body: aUser(roles) } })
    renderApp('/')

    await screen.findByRole('heading', { name: /Welcome/ })
    expect(await navLinks()).toEqual(expected)
  })

  it('refuses the admin page to a provider', async () => {
    installFakeApi({ 'GET /api/me': { body: aUser(['PROVIDER']) } })
    renderApp('/admin/users')

    expect(await screen.findByRole('heading', { name: 'You are not allowed to do this.' })).toBeInTheDocument()
  })

  it('sends anonymous visitors of a protected page to sign in', async () => {
    installFakeApi()
    const { router } = renderApp('/profile')

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/login')
  })

  it('shows a not-found page for unknown addresses', async () => {
    installFakeApi()
    renderApp('/no/such/page')

    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument()
  })

  it('signs out from the user menu', async () => {
    const fake = installFakeApi({ 'GET /api/me': { body: aUser(['STAFF'], { displayName: 'Staff Member' }) }, 'POST /api/auth/logout': { status: 204 } })
    renderApp('/')
    const { default: userEvent } = await import('@testing-library/user-event')
    const user = userEvent.setup()

    await user.click(await screen.findByRole('button', { name: 'Account of Staff Member' }))
    await user.click(screen.getByRole('button', { name: 'Sign out' }))

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument()
    expect(fake.callsTo('POST /api/auth/logout')).toHaveLength(1)
    expect(await navLinks()).toEqual(['Home', 'Catalog', 'Impact'])
  })
})
