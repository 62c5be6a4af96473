import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { installFakeApi } from '@/testing/fake-api'
import { renderApp } from '@/testing/render-app'
import { aUser } from '@/testing/users'

afterEach(() => vi.unstubAllGlobals())

describe('notifications', () => {
  it('names each kind in the reader’s language, links to it and marks it read when opened', async () => {
    const fake = installFakeApi({
      'GET /api/me': { body: aUser(['REQUESTER']) },
      'GET /api/notifications/unread-count': { body: { count: 2 } },
      'GET /api/notifications': {
        body: [
          { id: 'n1', subject: 'transfer.ACCEPTED', text: 'Application for "CGM" is now ACCEPTED', link: '/transfers/t-1', createdAt: '2026-11-20T10:00:00Z', read: false },
          { id: 'n2', subject: 'match.NEW_DEMAND', text: 'A hospital in UZ needs what TH-1 offers', link: '/listings/l-1/demand', createdAt: '2026-11-19T10:00:00Z', read: false },
        ],
      },
      'POST /api/notifications/n1/read': { status: 204 },
      'GET /api/transfers/t-1': { status: 404 },
    })
    renderApp('/notifications')
    const user = userEvent.setup()

    expect(await screen.findByRole('link', { name: 'Notifications, 2 unread' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'New demand for your technology' })).toHaveAttribute('href', '/my/demand')
    await user.click(screen.getByRole('link', { name: 'Application: Accepted by provider' }))
    expect(fake.callsTo('POST /api/notifications/n1/read')).toHaveLength(1)
  })
})
