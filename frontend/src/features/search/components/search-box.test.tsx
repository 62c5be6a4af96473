import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { installFakeApi, problem } from '@/testing/fake-api'
import { renderApp } from '@/testing/render-app'

afterEach(() => vi.unstubAllGlobals())

describe('header search box', () => {
  it('suggests as one types and opens the chosen suggestion', async () => {
    const fake = installFakeApi({
      'GET /api/search/suggest': {
        body: { suggestions: [{ text: 'диабетическая ретинопатия', kind: 'concept', code: 'TH:DR' }, { text: 'Скрининг', kind: 'listing', listingId: 'l-5' }] },
      },
      'GET /api/listings/l-5': problem(404, 'not-found'),
    })
    const { router } = renderApp('/')
    const user = userEvent.setup()
    const box = await screen.findByRole('combobox', { name: 'Search the catalog' })
    await user.type(box, 'диаб')

    expect(await screen.findByRole('option', { name: /диабетическая ретинопатия/ })).toBeInTheDocument()
    expect(fake.callsTo('GET /api/search/suggest').at(-1)?.url).toContain('lang=en')
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}')
    await waitFor(() => expect(router.state.location.pathname).toBe('/catalog/l-5'))
  })

  it('searches for the typed text when the suggestions endpoint is missing', async () => {
    installFakeApi({ 'GET /api/search/suggest': problem(404, 'not-found'), 'GET /api/search': problem(404, 'not-found') })
    const { router } = renderApp('/')
    const user = userEvent.setup()
    await user.type(await screen.findByRole('combobox', { name: 'Search the catalog' }), 'insulin pump{Enter}')

    await waitFor(() => expect(router.state.location.pathname).toBe('/search'))
    expect(router.state.location.search).toBe('?q=insulin+pump')
    expect(document.querySelector('.search-box__option')).toBeNull()
  })
})
