import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { installFakeApi } from '@/testing/fake-api'
import { renderApp } from '@/testing/render-app'
import { aUser } from '@/testing/users'
import { savedSearchFrom } from './save-search-button'

afterEach(() => vi.unstubAllGlobals())

describe('saved searches', () => {
  it('saves the search page query with the filters alerts understand', () => {
    const params = new URLSearchParams({ q: ' ретинопатия ', type: 'DIAGNOSTIC', trlMin: '5', country: '' })
    expect(savedSearchFrom(params, 'Retina', 'ru')).toEqual({
      name: 'Retina',
      text: 'ретинопатия',
      language: 'ru',
      diseaseArea: undefined,
      technologyType: 'DIAGNOSTIC',
      country: undefined,
    })
  })

  it('lists searches and alerts, and deletes a search', async () => {
    const fake = installFakeApi({
      'GET /api/me': { body: aUser(['REQUESTER']) },
      'GET /api/saved-searches': {
        body: [{ id: 's-1', name: 'Retina', text: 'retinopathy', language: 'en', diseaseArea: 'DIABETES', technologyType: null, country: null, createdAt: '2026-11-01T00:00:00Z' }],
      },
      'GET /api/saved-searches/alerts': {
        body: [{ id: 's-1:l-2', searchId: 's-1', listingId: 'l-2', reference: 'TH-DEMO-0002', title: 'Handheld fundus camera', relevance: 0.6, at: '2026-11-02T00:00:00Z' }],
      },
      'DELETE /api/saved-searches/s-1': { status: 204 },
    })
    renderApp('/my/searches')
    expect(await screen.findByRole('link', { name: 'Retina' }, { timeout: 5000 })).toHaveAttribute('href', '/search?q=retinopathy&diseaseArea=DIABETES')
    expect(screen.getByRole('link', { name: 'Handheld fundus camera' })).toHaveAttribute('href', '/catalog/l-2')
    await userEvent.setup().click(screen.getByRole('button', { name: 'Delete “Retina”' }))
    await waitFor(() => expect(fake.callsTo('DELETE /api/saved-searches/s-1')).toHaveLength(1))
  })
})
