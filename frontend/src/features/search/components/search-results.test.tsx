import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { installFakeApi } from '@/testing/fake-api'
import { renderApp } from '@/testing/render-app'
import { parseHighlight } from './highlighted-text'

afterEach(() => vi.unstubAllGlobals())

const CODES = { diseaseAreas: ['DIABETES'], technologyTypes: ['DIAGNOSTIC'], transferModes: ['TRAINING'], defaultTargetCountries: ['CN'] }

const result = (hits: unknown[], extra: Record<string, unknown> = {}) => ({
  total: hits.length,
  page: 0,
  size: 20,
  tookMs: 0.42,
  queryLanguages: ['ru'],
  concepts: [{ code: 'TH:DR', term: 'диабетическая ретинопатия' }],
  hits,
  facets: { diseaseArea: { DIABETES: 7 }, type: {}, country: { CN: 7 }, mode: {}, language: { zh: 7 }, trl: {} },
  ...extra,
})

const hit = {
  id: 'l-1',
  reference: 'TH-1',
  language: 'zh',
  title: '糖尿病视网膜病变筛查',
  summary: 'plain',
  providerName: '瑞金医院',
  providerCountry: 'CN',
  diseaseAreas: ['DIABETES'],
  technologyType: 'DIAGNOSTIC',
  trl: 8,
  score: 3.2,
  highlights: {
    title: '<mark>糖尿病视网膜病变</mark>筛查',
    summary: 'A &lt;img src=x onerror=alert(1)&gt; <b>bold</b> <mark>screening</mark> &amp; more',
  },
  matchedConcepts: [{ code: 'TH:DR', term: 'диабетическая ретинопатия', listingTerm: '糖尿病视网膜病变' }],
}

describe('search results', () => {
  it('shows highlights as text with marks only, the language badge and the cross-lingual concept', async () => {
    const fake = installFakeApi({
      'GET /api/catalog/codes': { body: CODES },
      'GET /api/search': { body: result([hit]) },
    })
    const { container } = renderApp('/search?q=диабетическая+ретинопатия&diseaseArea=DIABETES&sort=newest')

    const card = await screen.findByRole('article', { name: '糖尿病视网膜病变筛查' })
    expect(within(card).getByText('糖尿病视网膜病变', { selector: 'mark' })).toBeInTheDocument()
    // Escaped markup stays text; unescaped markup other than <mark> is shown, never interpreted.
    expect(card.textContent).toContain('A <img src=x onerror=alert(1)> <b>bold</b> screening & more')
    expect(container.querySelector('img[src="x"], b')).toBeNull()
    expect(within(card).getByText('中文')).toBeInTheDocument()
    expect(within(card).getByRole('list', { name: 'Matched across languages' }).textContent).toBe('糖尿病视网膜病变 = диабетическая ретинопатия')
    expect(screen.getByText('диабетическая ретинопатия', { selector: '.chip' })).toBeInTheDocument()
    expect(await screen.findByRole('option', { name: 'Diabetes (7)' })).toBeInTheDocument()

    const url = fake.callsTo('GET /api/search')[0].url
    expect(url).toContain('sort=newest')
    expect(url).toContain('diseaseArea=DIABETES')
    expect(url).toContain('lang=en')
  })

  it('helps when nothing is found: remove filters, try other words', async () => {
    installFakeApi({
      'GET /api/catalog/codes': { body: CODES },
      'GET /api/search': { body: result([]) },
    })
    renderApp('/search?q=xyz&country=CN')
    expect(await screen.findByText('Nothing found for “xyz”.')).toBeInTheDocument()
    expect(screen.getByText('Remove some filters: they may exclude what you are looking for.')).toBeInTheDocument()
    expect(screen.getByText('диабетическая ретинопатия')).toBeInTheDocument()
  })

  it('parses snippets into marked and plain text', () => {
    expect(parseHighlight('a <mark>b&lt;</mark> &#x41;&#66;')).toEqual([
      { text: 'a ', marked: false },
      { text: 'b<', marked: true },
      { text: ' AB', marked: false },
    ])
  })
})
