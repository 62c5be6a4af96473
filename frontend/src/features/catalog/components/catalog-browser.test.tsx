import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { installFakeApi } from '@/testing/fake-api'
import { renderApp } from '@/testing/render-app'
import { aUser } from '@/testing/users'

afterEach(() => vi.unstubAllGlobals())

export const CODES = {
  diseaseAreas: ['DIABETES', 'OBESITY'],
  technologyTypes: ['DIAGNOSTIC', 'MEDICAL_DEVICE'],
  transferModes: ['LICENSE', 'TRAINING'],
  costModels: ['FREE'],
  patentStatuses: ['FILED'],
  regulatoryStatuses: ['REGISTERED'],
  translationSources: ['PROVIDER'],
  defaultTargetCountries: ['CN', 'RU', 'KZ'],
  trl: ['1', '2', '3', '4', '5', '6', '7', '8', '9'],
}

const summary = {
  id: 'l-1',
  reference: 'TH-2026-000001',
  status: 'PUBLISHED',
  language: 'zh',
  title: '糖尿病视网膜病变人工智能筛查',
  summary: '基层医院的眼底照相筛查',
  diseaseAreas: ['DIABETES'],
  technologyType: 'DIAGNOSTIC',
  trl: 8,
  transferModes: ['TRAINING'],
  translations: ['ru'],
  provider: { institutionId: 'inst-1', name: '瑞金医院', nameLatin: 'Ruijin Hospital', country: 'CN' },
  publishedAt: '2026-10-01T00:00:00Z',
  updatedAt: '2026-10-01T00:00:00Z',
  revisionPending: false,
}

describe('catalog page', () => {
  it('reads its filters from the URL and sends them to the API', async () => {
    const fake = installFakeApi({
      'GET /api/catalog/codes': { body: CODES },
      'GET /api/listings': { body: { items: [summary], page: 0, size: 20, total: 1 } },
    })
    renderApp('/catalog?diseaseArea=DIABETES&trlMin=5&bogus=1&country=<script>')

    expect(await screen.findByRole('link', { name: summary.title })).toHaveAttribute('href', '/catalog/l-1')
    const url = fake.callsTo('GET /api/listings')[0].url
    expect(url).toContain('diseaseArea=DIABETES')
    expect(url).toContain('trlMin=5')
    expect(url).not.toContain('country') // an invalid value never reaches the API
    expect(url).not.toContain('bogus')
    expect(await screen.findByLabelText('Disease area')).toHaveValue('DIABETES')
    expect(screen.getByRole('article').textContent).toContain('瑞金医院 · China · Diagnostic · TRL 8')
  })

  it('writes a changed filter into the URL and asks again from the first page', async () => {
    const fake = installFakeApi({
      'GET /api/catalog/codes': { body: CODES },
      'GET /api/listings': { body: { items: [summary], page: 0, size: 20, total: 1 } },
    })
    const { router } = renderApp('/catalog?page=2')
    await screen.findByRole('link', { name: summary.title })
    await screen.findByRole('option', { name: 'Medical device' })

    await userEvent.setup().selectOptions(screen.getByLabelText('Technology type'), 'MEDICAL_DEVICE')

    await waitFor(() => expect(router.state.location.search).toBe('?type=MEDICAL_DEVICE'))
    await waitFor(() => expect(fake.callsTo('GET /api/listings').at(-1)?.url).toContain('type=MEDICAL_DEVICE&page=0'))
  })

  it('offers to clear the filters when nothing matches', async () => {
    installFakeApi({
      'GET /api/catalog/codes': { body: CODES },
      'GET /api/listings': { body: { items: [], page: 0, size: 20, total: 0 } },
    })
    const { router } = renderApp('/catalog?mode=LICENSE')
    expect(await screen.findByText('No listing matches these filters.')).toBeInTheDocument()
    await userEvent.setup().click(screen.getAllByRole('button', { name: 'Clear all filters' })[0])
    await waitFor(() => expect(router.state.location.search).toBe(''))
  })

  it('offers staff an export of what the current filters show, and nobody else', async () => {
    installFakeApi({
      'GET /api/me': { body: aUser(['STAFF']) },
      'GET /api/catalog/codes': { body: CODES },
      'GET /api/listings': { body: { items: [summary], page: 0, size: 20, total: 1 } },
    })
    renderApp('/catalog?diseaseArea=DIABETES&trlMin=5')

    const csv = await screen.findByRole('link', { name: 'CSV' })
    expect(csv).toHaveAttribute('href', '/api/staff/listings/export?diseaseArea=DIABETES&trlMin=5&format=csv')
    expect(screen.getByRole('link', { name: 'Excel (XLSX)' })).toHaveAttribute(
      'href',
      '/api/staff/listings/export?diseaseArea=DIABETES&trlMin=5&format=xlsx',
    )
  })

  it('shows no export links to a requester', async () => {
    installFakeApi({
      'GET /api/me': { body: aUser(['REQUESTER']) },
      'GET /api/catalog/codes': { body: CODES },
      'GET /api/listings': { body: { items: [summary], page: 0, size: 20, total: 1 } },
    })
    renderApp('/catalog')

    expect(await screen.findByRole('link', { name: summary.title })).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'CSV' })).not.toBeInTheDocument()
  })
})
