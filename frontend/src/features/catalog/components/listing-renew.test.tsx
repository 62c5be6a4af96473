import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { installFakeApi } from '@/testing/fake-api'
import { renderApp } from '@/testing/render-app'
import { aUser } from '@/testing/users'

afterEach(() => vi.unstubAllGlobals())

const provider = { institutionId: 'inst-1', name: 'Ruijin', country: 'CN' }
const listing = {
  id: 'l-1', reference: 'TH-1', status: 'PUBLISHED', version: 3, provider, attachments: [], createdAt: '', updatedAt: '',
  language: 'en', title: 'Pump training', summary: 'S', description: 'D', keywords: [], translations: {},
  diseaseAreas: ['DIABETES'], technologyType: 'TRAINING_PROGRAM', trl: 9, transferModes: ['TRAINING'], targetCountries: ['CN'],
  trainingLanguages: [], publishedAt: '2026-01-10T00:00:00Z', expiresAt: '2027-01-10T00:00:00Z',
}

describe('renewing a published listing', () => {
  it('lets the owner renew it and shows the new end of publication', async () => {
    const fake = installFakeApi({
      'GET /api/me': { body: aUser(['PROVIDER']) },
      'GET /api/listings/l-1': { body: listing },
      'GET /api/listings/l-1/similar': { body: [] },
      'POST /api/listings/l-1/renew': { body: { ...listing, version: 4, expiresAt: '2027-12-04T00:00:00Z' } },
    })
    renderApp('/catalog/l-1')
    const user = userEvent.setup()

    expect(await screen.findByText(/Public until/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Renew for another year' }))

    expect(await screen.findByText('Renewed.')).toBeInTheDocument()
    expect(fake.callsTo('POST /api/listings/l-1/renew')).toHaveLength(1)
  })

  it('offers no renewal to someone of another institution', async () => {
    installFakeApi({
      'GET /api/me': { body: aUser(['PROVIDER'], { institution: { id: 'inst-9', name: 'Other', nameLatin: 'Other', country: 'KZ', type: 'HOSPITAL', city: '', website: '', status: 'VERIFIED', rejectionReason: null } }) },
      'GET /api/listings/l-1': { body: listing },
      'GET /api/listings/l-1/similar': { body: [] },
    })
    renderApp('/catalog/l-1')

    expect(await screen.findByRole('heading', { name: 'Pump training' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Renew for another year' })).not.toBeInTheDocument()
  })
})
