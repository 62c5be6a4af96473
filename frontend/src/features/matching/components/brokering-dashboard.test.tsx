import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { installFakeApi } from '@/testing/fake-api'
import { renderApp } from '@/testing/render-app'
import { aUser } from '@/testing/users'
import type { BrokeringFigures } from '@/types/needs'

afterEach(() => vi.unstubAllGlobals())

const FIGURES: BrokeringFigures = {
  threshold: 60,
  uncoveredNeeds: {
    total: 3,
    byCountry: { UZ: 2, KZ: 1 },
    byDiseaseArea: { DIABETES: 3 },
    items: [{ id: 'n-1', title: 'Foot ulcer care', country: 'UZ', diseaseAreas: ['DIABETES'], bestScore: 31 }],
  },
  unwantedListings: { total: 0, byCountry: {}, byDiseaseArea: {}, items: [] },
  dismissalReasons: [{ side: 'NEED', reason: 'TOO_EXPENSIVE', count: 2, recentNotes: ['Over budget'] }],
}

describe('brokering dashboard', () => {
  it('shows uncovered demand as bars and a table, and the dismissal reasons', async () => {
    installFakeApi({ 'GET /api/me': { body: aUser(['STAFF']) }, 'GET /api/staff/brokering': { body: FIGURES } })
    renderApp('/staff/brokering')
    expect(await screen.findByRole('heading', { name: 'Uncovered needs (3)' }, { timeout: 5000 })).toBeInTheDocument()
    const byCountry = screen.getAllByRole('figure')[0]
    const bars = within(byCountry).getAllByRole('listitem').map((li) => li.textContent)
    expect(bars).toEqual(['Uzbekistan2', 'Kazakhstan1'])
    expect(screen.getByRole('link', { name: 'Foot ulcer care' })).toHaveAttribute('href', '/needs/n-1')
    expect(screen.getByRole('cell', { name: 'Too expensive' })).toBeInTheDocument()
    expect(screen.getByRole('cell', { name: 'Over budget' })).toBeInTheDocument()
  })

  it('is for staff only', async () => {
    installFakeApi({ 'GET /api/me': { body: aUser(['PROVIDER']) } })
    renderApp('/staff/brokering')
    expect(await screen.findByRole('heading', { level: 1 }, { timeout: 5000 })).not.toHaveTextContent('Brokering')
  })
})
