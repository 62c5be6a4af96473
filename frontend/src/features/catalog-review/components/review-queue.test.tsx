import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { installFakeApi } from '@/testing/fake-api'
import { renderApp } from '@/testing/render-app'
import { aUser } from '@/testing/users'

afterEach(() => vi.unstubAllGlobals())

const provider = { institutionId: 'inst-1', name: 'Ruijin', country: 'CN' }
const content = {
  language: 'en', title: 'Pump training', summary: 'S', description: 'D', keywords: [], translations: {},
  diseaseAreas: ['DIABETES'], technologyType: 'TRAINING_PROGRAM', trl: 9, transferModes: ['TRAINING'], targetCountries: ['CN'], trainingLanguages: [],
}

describe('review queue', () => {
  it('lists what waits, oldest first, with the waiting time', async () => {
    installFakeApi({
      'GET /api/me': { body: aUser(['STAFF']) },
      'GET /api/staff/listings/review-queue': {
        body: [{ id: 'l-1', reference: 'TH-1', kind: 'REVISION', title: 'Pump training', language: 'en', provider, waitingSince: '2026-11-20T00:00:00Z', waitingSeconds: 2 * 86_400 + 3 * 3600 }],
      },
    })
    renderApp('/staff/review')
    expect(await screen.findByRole('link', { name: 'Pump training' })).toHaveAttribute('href', '/staff/review/l-1')
    expect(screen.getByText('2 d 3 h')).toBeInTheDocument()
    expect(screen.getByText('Revision')).toBeInTheDocument()
  })

  it('requests changes only with a comment, and shows the revision beside the published text', async () => {
    const fake = installFakeApi({
      'GET /api/me': { body: aUser(['STAFF']) },
      'GET /api/staff/listings/review-queue': { body: [] },
      'GET /api/listings/l-1': {
        body: { ...content, id: 'l-1', reference: 'TH-1', status: 'PUBLISHED', version: 4, provider, attachments: [], createdAt: '', updatedAt: '',
          pendingRevision: { state: 'SUBMITTED', content: { ...content, title: 'Insulin pump training' } } },
      },
      'GET /api/listings/l-1/history': { body: [] },
      'POST /api/staff/listings/l-1/request-changes': (call) => ({ body: { ...content, id: 'l-1', status: 'PUBLISHED', provider, attachments: [], comment: call.body } }),
    })
    const { router } = renderApp('/staff/review/l-1')
    const user = userEvent.setup()
    expect(await screen.findByText('Fields changed: 1')).toBeInTheDocument()
    expect(screen.getByText('Insulin pump training', { selector: '.diff__side *, .diff__side' })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Request changes' }))
    expect(screen.getByLabelText(/Comment for the provider/)).toHaveAttribute('aria-invalid', 'true')
    await user.type(screen.getByLabelText(/Comment for the provider/), 'Add the price')
    await user.click(screen.getByRole('button', { name: 'Request changes' }))

    await waitFor(() => expect(router.state.location.pathname).toBe('/staff/review'))
    expect(fake.callsTo('POST /api/staff/listings/l-1/request-changes')[0].body).toEqual({ comment: 'Add the price' })
  })
})
