import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { installFakeApi, problem } from '@/testing/fake-api'
import { renderApp } from '@/testing/render-app'
import { aUser } from '@/testing/users'
import type { BrokeringFigures, RecomputeJob } from '@/types/needs'

afterEach(() => vi.unstubAllGlobals())

function aJob(overrides: Partial<RecomputeJob> = {}): RecomputeJob {
  return {
    id: 'full-recompute',
    state: 'IDLE',
    total: 0,
    done: 0,
    startedBy: null,
    startedAt: null,
    heartbeatAt: null,
    finishedAt: null,
    error: null,
    ...overrides,
  }
}

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
    installFakeApi({
      'GET /api/me': { body: aUser(['STAFF']) },
      'GET /api/staff/brokering': { body: FIGURES },
      'GET /api/staff/matching/status': { body: aJob() },
    })
    renderApp('/staff/brokering')
    expect(await screen.findByRole('heading', { name: 'Uncovered needs (3)' }, { timeout: 5000 })).toBeInTheDocument()
    const byCountry = screen.getAllByRole('figure')[0]
    const bars = within(byCountry).getAllByRole('listitem').map((li) => li.textContent)
    expect(bars).toEqual(['Uzbekistan2', 'Kazakhstan1'])
    expect(screen.getByRole('link', { name: 'Foot ulcer care' })).toHaveAttribute('href', '/needs/n-1')
    expect(screen.getByRole('cell', { name: 'Too expensive' })).toBeInTheDocument()
    expect(screen.getByRole('cell', { name: 'Over budget' })).toBeInTheDocument()
  })

  it('starts a full recompute, follows its progress until it is done and then reloads the figures', async () => {
    const progress = [aJob({ state: 'RUNNING', total: 4, done: 1 }), aJob({ state: 'RUNNING', total: 4, done: 3 })]
    const done = aJob({ state: 'DONE', total: 4, done: 4, finishedAt: '2026-12-04T21:00:00Z' })
    let started = false
    const fake = installFakeApi({
      'GET /api/me': { body: aUser(['STAFF']) },
      'GET /api/staff/brokering': { body: FIGURES },
      'GET /api/staff/matching/status': () => ({ body: started ? (progress.shift() ?? done) : aJob() }),
      'POST /api/staff/matching/recompute': () => {
        started = true
        return { status: 202, body: aJob({ state: 'RUNNING', total: 0, done: 0 }) }
      },
    })
    renderApp('/staff/brokering')
    const user = userEvent.setup()
    expect(await screen.findByText('No full recompute has run yet.', {}, { timeout: 5000 })).toBeInTheDocument()
    const figuresBefore = fake.callsTo('GET /api/staff/brokering').length

    await user.click(screen.getByRole('button', { name: 'Recompute all matches' }))
    expect(await screen.findByText('Recomputing: 0 of 0 needs')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Recompute all matches' })).toBeDisabled()
    expect(await screen.findByText('Recomputing: 3 of 4 needs', {}, { timeout: 5000 })).toBeInTheDocument()
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '3')
    expect(await screen.findByText(/Last recompute finished .*: 4 needs\./, {}, { timeout: 5000 })).toBeInTheDocument()

    expect(screen.getByRole('button', { name: 'Recompute all matches' })).toBeEnabled()
    await waitFor(() => expect(fake.callsTo('GET /api/staff/brokering').length).toBeGreaterThan(figuresBefore))
    const polls = fake.callsTo('GET /api/staff/matching/status').length
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(fake.callsTo('GET /api/staff/matching/status')).toHaveLength(polls) // no polling once done
  })

  it('follows the run someone else started when starting is refused with 409', async () => {
    let refused = false
    installFakeApi({
      'GET /api/me': { body: aUser(['STAFF']) },
      'GET /api/staff/brokering': { body: FIGURES },
      'GET /api/staff/matching/status': () => ({
        body: refused ? aJob({ state: 'RUNNING', total: 10, done: 7 }) : aJob({ state: 'FAILED', error: 'MongoTimeoutException', finishedAt: '2026-12-04T20:00:00Z' }),
      }),
      'POST /api/staff/matching/recompute': () => {
        refused = true
        return problem(409, 'conflict', { detail: 'A full recompute is already running' })
      },
    })
    renderApp('/staff/brokering')
    const user = userEvent.setup()
    expect(await screen.findByText(/The last recompute failed \(MongoTimeoutException\)/, {}, { timeout: 5000 })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Recompute all matches' }))
    expect(await screen.findByText('Recomputing: 7 of 10 needs')).toBeInTheDocument()
    expect(screen.getByRole('alert')).toBeInTheDocument()
  })

  it('is for staff only', async () => {
    installFakeApi({ 'GET /api/me': { body: aUser(['PROVIDER']) } })
    renderApp('/staff/brokering')
    expect(await screen.findByRole('heading', { level: 1 }, { timeout: 5000 })).not.toHaveTextContent('Brokering')
  })
})
