import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { installFakeApi } from '@/testing/fake-api'
import { renderApp } from '@/testing/render-app'
import { aUser, anInstitution } from '@/testing/users'

afterEach(() => vi.unstubAllGlobals())

const pending = () => ({
  ...anInstitution({ id: 'inst-7', name: 'Ташкентская клиника', nameLatin: 'Tashkent Clinic', country: 'UZ', status: 'PENDING' }),
  createdAt: '2026-11-01T10:00:00Z',
  registeredBy: 'doctor.uz',
})

describe('verification queue', () => {
  it('verifies an institution and refreshes the queue', async () => {
    let queue = [pending()]
    const fake = installFakeApi({
      'GET /api/me': { body: aUser(['STAFF']) },
      'GET /api/staff/institutions': () => ({ body: queue }),
      'POST /api/staff/institutions/inst-7/verify': () => {
        queue = []
        return { status: 204 }
      },
    })
    renderApp('/staff/institutions')

    const item = await screen.findByRole('article', { name: 'Ташкентская клиника' })
    await userEvent.setup().click(within(item).getByRole('button', { name: 'Verify' }))

    expect(await screen.findByText('No institution is waiting for verification.')).toBeInTheDocument()
    expect(screen.getByText('Ташкентская клиника has been verified.')).toBeInTheDocument()
    expect(fake.callsTo('GET /api/staff/institutions')[0].url).toBe('/api/staff/institutions?status=PENDING')
  })

  it('rejects only with a reason', async () => {
    const fake = installFakeApi({
      'GET /api/me': { body: aUser(['STAFF']) },
      'GET /api/staff/institutions': { body: [pending()] },
      'POST /api/staff/institutions/inst-7/reject': { status: 204 },
    })
    renderApp('/staff/institutions')
    const user = userEvent.setup()

    const item = await screen.findByRole('article', { name: 'Ташкентская клиника' })
    await user.click(within(item).getByRole('button', { name: 'Reject' }))
    await user.click(within(item).getByRole('button', { name: 'Reject institution' }))
    expect(within(item).getByLabelText(/Reason for rejection/)).toHaveAttribute('aria-invalid', 'true')

    await user.type(within(item).getByLabelText(/Reason for rejection/), 'No such hospital')
    await user.click(within(item).getByRole('button', { name: 'Reject institution' }))

    await waitFor(() => expect(fake.callsTo('POST /api/staff/institutions/inst-7/reject')).toHaveLength(1))
    expect(fake.callsTo('POST /api/staff/institutions/inst-7/reject')[0].body).toEqual({ reason: 'No such hospital' })
  })
})
