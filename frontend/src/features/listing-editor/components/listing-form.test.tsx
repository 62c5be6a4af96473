import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { installFakeApi, problem } from '@/testing/fake-api'
import { renderApp } from '@/testing/render-app'
import { aUser } from '@/testing/users'

afterEach(() => vi.unstubAllGlobals())

const CODES = {
  diseaseAreas: ['DIABETES', 'OBESITY'],
  technologyTypes: ['DIAGNOSTIC'],
  transferModes: ['TRAINING'],
  costModels: ['FREE'],
  patentStatuses: ['FILED', 'GRANTED'],
  regulatoryStatuses: ['REGISTERED', 'PENDING'],
  trl: ['1', '2', '3', '4', '5', '6', '7', '8', '9'],
  defaultTargetCountries: ['CN', 'KZ'],
}

const saved = (overrides: Record<string, unknown> = {}) => ({
  id: 'l-9',
  reference: 'TH-9',
  status: 'DRAFT',
  version: 0,
  language: 'en',
  title: 'Retinal screening',
  summary: 'Screening',
  description: 'Long text',
  keywords: [],
  translations: {},
  diseaseAreas: ['DIABETES'],
  technologyType: 'DIAGNOSTIC',
  trl: 7,
  transferModes: ['TRAINING'],
  targetCountries: ['CN'],
  trainingLanguages: [],
  provider: { institutionId: 'inst-1', name: 'Ruijin', country: 'CN' },
  attachments: [],
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
  ...overrides,
})

async function fillBasics(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText('Title'), 'Retinal screening')
  await user.type(screen.getByLabelText('Summary'), 'Screening')
  await user.type(screen.getByLabelText('Description'), 'Long text')
}

describe('listing form', () => {
  it('checks a step before moving on', async () => {
    installFakeApi({ 'GET /api/me': { body: aUser(['PROVIDER']) }, 'GET /api/catalog/codes': { body: CODES } })
    renderApp('/my/listings/new')
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: 'Next' }))
    expect(screen.getByLabelText('Title')).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getAllByText('This field is required.').length).toBeGreaterThan(0)
  })

  it('shows the API field errors next to their fields, on their step', async () => {
    const fake = installFakeApi({
      'GET /api/me': { body: aUser(['PROVIDER']) },
      'GET /api/catalog/codes': { body: CODES },
      'POST /api/listings': problem(400, 'validation', {
        fieldErrors: [{ field: 'title', message: 'size must be between 0 and 300' }, { field: 'contact.email', message: 'must be a well-formed email address' }],
      }),
    })
    renderApp('/my/listings/new')
    const user = userEvent.setup()
    await fillBasics(user)
    await user.click(screen.getByRole('button', { name: 'Next' }))
    await user.click(await screen.findByRole('checkbox', { name: 'Diabetes' }))
    await user.selectOptions(screen.getByLabelText(/Technology type/), 'DIAGNOSTIC')
    await user.selectOptions(screen.getByLabelText(/TRL/), '7')
    await user.click(screen.getByRole('checkbox', { name: 'Training' }))
    await user.click(screen.getByRole('button', { name: 'Save draft' }))

    // Back on the first step with an error, the server's message under the title.
    expect(await screen.findByText('Size must be between 0 and 300')).toBeInTheDocument()
    expect(screen.getByLabelText('Title')).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByRole('button', { name: '4. Contact' })).toHaveClass('steps__invalid')
    await user.click(screen.getByRole('button', { name: '4. Contact' }))
    expect(screen.getByLabelText(/E-mail/)).toHaveAttribute('aria-invalid', 'true')
    expect(fake.callsTo('POST /api/listings')[0].body).toMatchObject({ title: 'Retinal screening', diseaseAreas: ['DIABETES'], trl: 7 })
  })

  it('saves a draft, then edits it with the version read and submits it', async () => {
    const fake = installFakeApi({
      'GET /api/me': { body: aUser(['PROVIDER']) },
      'GET /api/catalog/codes': { body: CODES },
      'GET /api/listings/l-9': { body: saved({ version: 3 }) },
      'PUT /api/listings/l-9': (call) => ({ body: saved({ version: 4, title: (call.body as { title: string }).title }) }),
      'POST /api/listings/l-9/submit': { body: saved({ version: 5, status: 'SUBMITTED' }) },
    })
    const { router } = renderApp('/my/listings/l-9/edit')
    const user = userEvent.setup()
    const title = await screen.findByLabelText('Title')
    await user.clear(title)
    await user.type(title, 'Retinal screening, v2')
    for (const step of ['2. Classification', '5. Files and submission']) await user.click(screen.getByRole('button', { name: step }))
    await user.click(screen.getByRole('button', { name: 'Submit for review' }))

    await waitFor(() => expect(router.state.location.pathname).toBe('/catalog/l-9'))
    const put = fake.callsTo('PUT /api/listings/l-9')[0]
    expect(put.headers['If-Match']).toBe('"3"')
    expect(put.body).toMatchObject({ title: 'Retinal screening, v2' })
    expect(fake.callsTo('POST /api/listings/l-9/submit')).toHaveLength(1)
  })

  it('says when someone else changed the listing meanwhile', async () => {
    installFakeApi({
      'GET /api/me': { body: aUser(['PROVIDER']) },
      'GET /api/catalog/codes': { body: CODES },
      'GET /api/listings/l-9': { body: saved() },
      'PUT /api/listings/l-9': problem(409, 'stale-version'),
    })
    renderApp('/my/listings/l-9/edit')
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Save draft' }))
    expect(await screen.findByText('Someone else changed this in the meantime. Reload and apply your change again.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /Load the latest version/ })).toBeInTheDocument()
  })

  it('adds a translation, a patent, a regulatory status and target countries, and shows their API errors', async () => {
    const fake = installFakeApi({
      'GET /api/me': { body: aUser(['PROVIDER']) },
      'GET /api/catalog/codes': { body: CODES },
      'GET /api/listings/l-9': { body: saved({ version: 3 }) },
      'PUT /api/listings/l-9': problem(400, 'validation', { fieldErrors: [{ field: 'ip.patents[0].office', message: 'must not be blank' }] }),
    })
    renderApp('/my/listings/l-9/edit')
    const user = userEvent.setup()
    await user.selectOptions(await screen.findByLabelText(/Add a translation in/), 'ru')
    await user.click(screen.getByRole('button', { name: 'Add translation' }))
    const russian = screen.getByRole('heading', { name: /Русский/ }).parentElement as HTMLElement
    await user.type(within(russian).getByLabelText('Title'), 'Скрининг ретинопатии')

    await user.click(screen.getByRole('button', { name: '3. Requirements and transfer' }))
    await user.click(screen.getByRole('button', { name: 'Add a patent' }))
    await user.type(screen.getByLabelText('Patent number'), 'CN202310001234.5')
    await user.selectOptions(screen.getByLabelText('Status'), 'GRANTED')
    await user.selectOptions(screen.getByLabelText(/Regulatory status in Kazakhstan/), 'PENDING')
    await user.click(screen.getByRole('button', { name: '4. Contact' }))
    await user.click(screen.getByRole('checkbox', { name: 'Kazakhstan' }))
    await user.click(screen.getByRole('button', { name: 'Save draft' }))

    expect(await screen.findByText('Must not be blank')).toBeInTheDocument()
    expect(screen.getByLabelText('Patent office')).toHaveAttribute('aria-invalid', 'true')
    expect(fake.callsTo('PUT /api/listings/l-9')[0].body).toMatchObject({
      translations: { ru: { title: 'Скрининг ретинопатии', keywords: [] } },
      ip: { patents: [{ number: 'CN202310001234.5', office: '', status: 'GRANTED' }], regulatoryStatus: { KZ: 'PENDING' } },
      targetCountries: ['CN', 'KZ'],
    })
  })
})
