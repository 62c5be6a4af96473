import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { installFakeApi } from '@/testing/fake-api'
import { renderApp } from '@/testing/render-app'
import { aUser } from '@/testing/users'
import type { AdminUser } from '@/types/api'

afterEach(() => vi.unstubAllGlobals())

const admin = aUser(['ADMIN'], { id: 'admin-1', displayName: 'Center Administrator' })
const provider: AdminUser = aUser(['PROVIDER'], { id: 'u-2', displayName: 'Dr. Chen Jie', username: 'provider' })

describe('admin user list', () => {
  it('searches, pages, edits roles and disables a user', async () => {
    let current = provider
    const fake = installFakeApi({
      'GET /api/me': { body: admin },
      'GET /api/admin/users': (call) => {
        const page = Number(new URL(call.url, 'http://x').searchParams.get('page'))
        return { body: { items: page === 0 ? [admin, current] : [], total: 25, page, size: 20 } }
      },
      'PUT /api/admin/users/u-2/roles': (call) => {
        current = { ...current, roles: (call.body as { roles: AdminUser['roles'] }).roles }
        return { body: current }
      },
      'POST /api/admin/users/u-2/disable': () => {
        current = { ...current, enabled: false }
        return { body: current }
      },
    })
    renderApp('/admin/users')
    const user = userEvent.setup()

    const row = (await screen.findByText('Dr. Chen Jie')).closest('tr')!
    expect(screen.getByText('Page 1 of 2 · 25 users')).toBeInTheDocument()
    // An admin cannot disable themselves from here.
    expect(within(screen.getByText('Center Administrator', { selector: 'strong' }).closest('tr')!).getByRole('button', { name: 'Disable' })).toBeDisabled()

    await user.click(within(row).getByRole('button', { name: 'Edit roles' }))
    await user.click(within(row).getByRole('checkbox', { name: 'Requester' }))
    await user.click(within(row).getByRole('button', { name: 'Save roles' }))
    await waitFor(() => expect(fake.callsTo('PUT /api/admin/users/u-2/roles')).toHaveLength(1))
    expect(fake.callsTo('PUT /api/admin/users/u-2/roles')[0].body).toEqual({ roles: ['PROVIDER', 'REQUESTER'] })
    expect(await within(row).findByText(/Provider, Requester/)).toBeInTheDocument()

    await user.click(within(row).getByRole('button', { name: 'Disable' }))
    expect(await within(row).findByText('Disabled')).toBeInTheDocument()
    expect(screen.getByText('Dr. Chen Jie has been disabled and signed out.')).toBeInTheDocument()

    await user.type(screen.getByRole('searchbox', { name: 'Search users' }), 'chen')
    await waitFor(() => expect(fake.calls.some((c) => c.url === '/api/admin/users?q=chen&page=0&size=20')).toBe(true))
  })
})
