import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { installFakeApi, problem } from '@/testing/fake-api'
import { aNeed } from '@/testing/needs'
import { renderApp } from '@/testing/render-app'
import { aUser } from '@/testing/users'
import type { NeedRevision } from '@/types/needs'

afterEach(() => vi.unstubAllGlobals())

function aRevision(event: string, overrides: Partial<NeedRevision> = {}): NeedRevision {
  return {
    id: `r-${event}`,
    needId: 'n-1',
    version: 1,
    event,
    userId: 'u-1',
    status: 'OPEN',
    visibility: 'ANONYMOUS',
    outcome: null,
    outcomeNote: null,
    matchedListingId: null,
    at: '2026-11-02T10:00:00Z',
    ...overrides,
  }
}

const openHistory = [aRevision('CREATED', { status: 'DRAFT' }), aRevision('OPENED')]

describe('closing a need with an outcome', () => {
  it('asks for the outcome, closes the need and shows the outcome and the new history entry', async () => {
    const closed = aNeed({ status: 'CLOSED', outcome: 'FULFILLED_ELSEWHERE', outcomeNote: 'Bought a camera', version: 3 })
    const fake = installFakeApi({
      'GET /api/me': { body: aUser(['REQUESTER']) },
      'GET /api/needs/n-1': { body: aNeed() },
      'GET /api/needs/n-1/matches': { body: [] },
      'GET /api/needs/n-1/history': { body: openHistory },
      'POST /api/needs/n-1/close': { body: closed },
    })
    renderApp('/needs/n-1')
    const user = userEvent.setup()
    const history = await screen.findByRole('region', { name: 'History' }, { timeout: 5000 })
    expect(await within(history).findByText('Opened for matching')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Close this need…' }))
    await user.click(screen.getByRole('button', { name: 'Close the need' }))
    expect(screen.getByText('Choose how the need ended.')).toBeInTheDocument()
    expect(fake.callsTo('POST /api/needs/n-1/close')).toHaveLength(0)

    await user.selectOptions(screen.getByLabelText('Outcome'), 'FULFILLED_ELSEWHERE')
    await user.type(screen.getByLabelText(/Note on the outcome/), 'Bought a camera')
    fake.route('GET /api/needs/n-1/history', {
      body: [...openHistory, aRevision('CLOSED', { status: 'CLOSED', outcome: 'FULFILLED_ELSEWHERE', outcomeNote: 'Bought a camera' })],
    })
    await user.click(screen.getByRole('button', { name: 'Close the need' }))

    await waitFor(() => expect(fake.callsTo('POST /api/needs/n-1/close')).toHaveLength(1))
    expect(fake.callsTo('POST /api/needs/n-1/close')[0].body).toEqual({ outcome: 'FULFILLED_ELSEWHERE', note: 'Bought a camera' })
    expect(await screen.findByText('Closed', { selector: '.badge' })).toBeInTheDocument()
    expect(within(history).getByText(/Fulfilled elsewhere/)).toBeInTheDocument()
    expect(await within(history).findByText('Bought a camera')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Close this need…' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument()
  })

  it('keeps the form and shows the problem when the server refuses (the need changed meanwhile)', async () => {
    installFakeApi({
      'GET /api/me': { body: aUser(['REQUESTER']) },
      'GET /api/needs/n-1': { body: aNeed({ status: 'MATCHED' }) },
      'GET /api/needs/n-1/matches': { body: [] },
      'GET /api/needs/n-1/history': { body: openHistory },
      'POST /api/needs/n-1/close': problem(409, 'need-in-wrong-state', { detail: 'Need n-1 is CLOSED and cannot be closed' }),
    })
    renderApp('/needs/n-1')
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: 'Close this need…' }, { timeout: 5000 }))
    await user.selectOptions(screen.getByLabelText('Outcome'), 'FULFILLED_THROUGH_PORTAL')
    await user.click(screen.getByRole('button', { name: 'Close the need' }))
    expect(await screen.findByRole('alert')).toBeInTheDocument()
    expect(screen.getByLabelText('Outcome')).toHaveValue('FULFILLED_THROUGH_PORTAL')
  })

  it('offers no closing to a provider reading the need, and shows them no history', async () => {
    const fake = installFakeApi({
      'GET /api/me': { body: aUser(['PROVIDER']) },
      'GET /api/needs/n-1': { body: aNeed({ own: false }) },
    })
    renderApp('/needs/n-1')
    expect(await screen.findByText('We need to screen diabetic patients for retinopathy.', {}, { timeout: 5000 })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Close this need…' })).not.toBeInTheDocument()
    expect(fake.callsTo('GET /api/needs/n-1/history')).toHaveLength(0)
  })
})
