import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { installFakeApi } from '@/testing/fake-api'
import { renderApp } from '@/testing/render-app'
import { aUser } from '@/testing/users'

afterEach(() => vi.unstubAllGlobals())

const provider = { institutionId: 'inst-7', name: '瑞金医院', country: 'CN' }
const listing = {
  id: 'l-1', reference: 'TH-1', status: 'PUBLISHED', version: 3, provider, attachments: [], createdAt: '', updatedAt: '',
  language: 'zh', title: '糖尿病视网膜病变筛查', summary: '基层筛查', description: '说明', keywords: ['眼底'],
  translations: { ru: { title: 'Скрининг ретинопатии', summary: 'Кратко', description: null, keywords: [], source: 'PROVIDER' } },
  diseaseAreas: ['DIABETES'], technologyType: 'DIAGNOSTIC', trl: 8, transferModes: ['TRAINING'], targetCountries: ['CN'], trainingLanguages: [],
}

describe('staff translation review', () => {
  it('shows the original beside the translation and saves the corrected text as reviewed', async () => {
    const fake = installFakeApi({
      'GET /api/me': { body: aUser(['STAFF']) },
      'GET /api/listings/l-1': { body: listing },
      'GET /api/listings/l-1/similar': { body: [] },
      'GET /api/listings/l-1/history': { body: [] },
      'PUT /api/staff/listings/l-1/translations/ru': (call) => ({
        body: { ...listing, version: 4, translations: { ru: { ...(call.body as object), source: 'STAFF_REVIEWED' } } },
      }),
    })
    renderApp('/catalog/l-1')
    const user = userEvent.setup()
    await user.click(within(await screen.findByRole('group', { name: 'Show in language' })).getByRole('button', { name: 'Русский' }))
    await user.click(screen.getByRole('button', { name: 'Review this translation' }))

    expect(screen.getByText('糖尿病视网膜病变筛查', { selector: '.diff__side strong' })).toBeInTheDocument()
    const title = screen.getByLabelText('Title')
    await user.clear(title)
    await user.type(title, 'Скрининг диабетической ретинопатии')
    await user.click(screen.getByRole('button', { name: 'Save as reviewed by the Center' }))

    expect(await screen.findByRole('heading', { name: 'Скрининг диабетической ретинопатии' })).toBeInTheDocument()
    expect(fake.callsTo('PUT /api/staff/listings/l-1/translations/ru')[0].body).toEqual({
      title: 'Скрининг диабетической ретинопатии', summary: 'Кратко', description: null, keywords: [],
    })
    expect(screen.queryByRole('button', { name: 'Review this translation' })).toBeInTheDocument()
  })

  it('is not offered to a requester', async () => {
    installFakeApi({
      'GET /api/me': { body: aUser(['REQUESTER']) },
      'GET /api/listings/l-1': { body: listing },
      'GET /api/listings/l-1/similar': { body: [] },
    })
    renderApp('/catalog/l-1')
    await userEvent.setup().click(within(await screen.findByRole('group', { name: 'Show in language' })).getByRole('button', { name: 'Русский' }))
    expect(screen.queryByRole('button', { name: 'Review this translation' })).not.toBeInTheDocument()
  })
})
