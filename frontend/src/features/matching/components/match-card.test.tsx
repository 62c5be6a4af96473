import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { installFakeApi } from '@/testing/fake-api'
import { aNeed } from '@/testing/needs'
import { renderApp } from '@/testing/render-app'
import { aUser } from '@/testing/users'
import type { MatchView } from '@/types/needs'

afterEach(() => vi.unstubAllGlobals())

function aMatch(overrides: Partial<MatchView> = {}): MatchView {
  return {
    needId: 'n-1',
    listingId: 'l-2',
    score: 72,
    curated: false,
    curatedNote: null,
    reasons: [
      { code: 'DISEASE_AREA_MATCH', params: { areas: ['DIABETES'] }, message: 'Addresses DIABETES' },
      { code: 'SOMETHING_NEW', params: {}, message: 'A reason this UI does not know yet' },
    ],
    gaps: [
      { code: 'REQUIREMENT_MISSING', params: { item: 'retinal camera' }, message: 'Requires retinal camera' },
      { code: 'TRAINING_LANGUAGE_MISMATCH', params: { available: ['zh'] }, message: 'Training only in zh' },
    ],
    dismissal: null,
    listing: {
      id: 'l-2',
      reference: 'TH-DEMO-0002',
      title: '基于手持眼底相机的人工智能糖尿病视网膜病变筛查',
      language: 'zh',
      providerName: '瑞金医院',
      providerCountry: 'CN',
      technologyType: 'DIAGNOSTIC',
      trl: 8,
    },
    need: null,
    ...overrides,
  }
}

describe('a need page with its matches', () => {
  it('explains each match in the UI language and highlights the gaps; curated matches are marked', async () => {
    installFakeApi({
      'GET /api/me': { body: aUser(['REQUESTER']) },
      'GET /api/needs/n-1': { body: aNeed() },
      'GET /api/needs/n-1/matches': {
        body: [aMatch({ listingId: 'l-9', curated: true, curatedNote: 'Fits your county hospitals', score: 41 }), aMatch()],
      },
    })
    renderApp('/needs/n-1')
    const cards = await screen.findAllByRole('article', {}, { timeout: 5000 })
    expect(cards).toHaveLength(2)
    expect(within(cards[0]).getByText('Recommended by the Center')).toBeInTheDocument()
    expect(within(cards[0]).getByText(/Fits your county hospitals/)).toBeInTheDocument()
    const second = cards[1]
    expect(within(second).getByText('72 / 100')).toBeInTheDocument()
    expect(within(second).getByText('Addresses Diabetes')).toBeInTheDocument()
    expect(within(second).getByText('A reason this UI does not know yet')).toBeInTheDocument()
    const gap = within(second).getByText('Requires retinal camera — the site has none')
    expect(gap.tagName).toBe('MARK')
    expect(within(second).getByText('Training materials only in 中文')).toBeInTheDocument()
    expect(within(second).queryByText('Recommended by the Center')).not.toBeInTheDocument()
  })

  it('dismisses a match with a reason and a note', async () => {
    const fake = installFakeApi({
      'GET /api/me': { body: aUser(['REQUESTER']) },
      'GET /api/needs/n-1': { body: aNeed() },
      'GET /api/needs/n-1/matches': { body: [aMatch()] },
      'POST /api/needs/n-1/matches/l-2/dismiss': { body: { needId: 'n-1', listingId: 'l-2', dismissal: {} } },
    })
    renderApp('/needs/n-1')
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: 'Not for us…' }, { timeout: 5000 }))
    await user.selectOptions(screen.getByLabelText('Reason'), 'TOO_EXPENSIVE')
    await user.type(screen.getByLabelText(/Note/), 'Over our budget')
    fake.route('GET /api/needs/n-1/matches', { body: [] })
    await user.click(screen.getByRole('button', { name: 'Dismiss' }))
    await waitFor(() => expect(fake.callsTo('POST /api/needs/n-1/matches/l-2/dismiss')).toHaveLength(1))
    expect(fake.callsTo('POST /api/needs/n-1/matches/l-2/dismiss')[0].body).toEqual({ reason: 'TOO_EXPENSIVE', note: 'Over our budget' })
    expect(await screen.findByText(/No technology matches this need well yet/)).toBeInTheDocument()
  })

  it('lets the owner of an open need mark it as matched with a listing, after which the need shows it', async () => {
    const fake = installFakeApi({
      'GET /api/me': { body: aUser(['REQUESTER']) },
      'GET /api/needs/n-1': { body: aNeed() },
      'GET /api/needs/n-1/matches': { body: [aMatch()] },
      'GET /api/needs/n-1/history': { body: [] },
      'POST /api/needs/n-1/matched': { body: aNeed({ status: 'MATCHED', matchedListingId: 'l-2' }) },
    })
    renderApp('/needs/n-1')
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: 'Mark the need as matched with this technology' }, { timeout: 5000 }))
    await waitFor(() => expect(fake.callsTo('POST /api/needs/n-1/matched')).toHaveLength(1))
    expect(fake.callsTo('POST /api/needs/n-1/matched')[0].body).toEqual({ listingId: 'l-2' })
    expect(await screen.findByRole('link', { name: 'View the technology' })).toHaveAttribute('href', '/catalog/l-2')
    expect(screen.queryByRole('button', { name: 'Mark the need as matched with this technology' })).not.toBeInTheDocument()
  })

  it('offers no "matched" action to someone who does not own the need', async () => {
    installFakeApi({
      'GET /api/me': { body: aUser(['STAFF']) },
      'GET /api/needs/n-1': { body: aNeed({ own: false }) },
      'GET /api/needs/n-1/matches': { body: [aMatch()] },
      'GET /api/needs/n-1/history': { body: [] },
    })
    renderApp('/needs/n-1')
    await screen.findAllByRole('article', {}, { timeout: 5000 })
    expect(screen.queryByRole('button', { name: 'Mark the need as matched with this technology' })).not.toBeInTheDocument()
  })

  it('lets staff recommend a listing found by search, with a note', async () => {
    const fake = installFakeApi({
      'GET /api/me': { body: aUser(['STAFF']) },
      'GET /api/needs/n-1': { body: aNeed({ own: false }) },
      'GET /api/needs/n-1/matches': { body: [] },
      'GET /api/search': {
        body: { total: 1, page: 0, size: 8, tookMs: 1, queryLanguages: ['en'], concepts: [], facets: {}, hits: [{ id: 'l-7', reference: 'TH-DEMO-0009', language: 'zh', title: '甲状腺结节射频消融', providerName: '瑞金医院' }] },
      },
      'POST /api/staff/matching/recommendations': { status: 201, body: aMatch({ curated: true }) },
    })
    renderApp('/needs/n-1')
    const user = userEvent.setup()
    await user.type(await screen.findByLabelText('Find a listing', {}, { timeout: 5000 }), 'thyroid{Enter}')
    await user.click(await screen.findByRole('radio', { name: /TH-DEMO-0009/ }))
    await user.type(screen.getByLabelText('Note to both sides'), 'Ask Dr. Wang')
    await user.click(screen.getByRole('button', { name: 'Recommend' }))
    expect(await screen.findByText(/both sides see it as a curated match/)).toBeInTheDocument()
    expect(fake.callsTo('POST /api/staff/matching/recommendations')[0].body).toEqual({ needId: 'n-1', listingId: 'l-7', note: 'Ask Dr. Wang' })
  })
})
