import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { installFakeApi, problem } from '@/testing/fake-api'
import { renderApp } from '@/testing/render-app'
import { aUser } from '@/testing/users'
import { aNeed } from '@/testing/needs'

afterEach(() => vi.unstubAllGlobals())

const COUNTRIES = [
  { code: 'UZ', group: 'MEMBER' },
  { code: 'CN', group: 'MEMBER' },
]

const requester = () => aUser(['REQUESTER'])

describe('need form', () => {
  it('checks the required fields before sending anything', async () => {
    const fake = installFakeApi({ 'GET /api/me': { body: requester() }, 'GET /api/reference/countries': { body: COUNTRIES } })
    renderApp('/my/needs/new')
    const user = userEvent.setup()
    // The first render of a test file loads the whole app: allow it time.
    await user.click(await screen.findByRole('button', { name: 'Save draft' }, { timeout: 5000 }))
    expect(screen.getByLabelText('Problem statement')).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByText('Choose at least one.', { exact: false })).toBeInTheDocument()
    expect(fake.callsTo('POST /api/needs')).toHaveLength(0)
  })

  it('shows the problem JSON field errors next to their fields', async () => {
    const fake = installFakeApi({
      'GET /api/me': { body: requester() },
      'GET /api/reference/countries': { body: COUNTRIES },
      'POST /api/needs': problem(400, 'validation', {
        fieldErrors: [
          { field: 'budget.rangeOrdered', message: 'min must not exceed max' },
          { field: 'problemStatement', message: 'size must be between 0 and 10000' },
        ],
      }),
    })
    renderApp('/my/needs/new')
    const user = userEvent.setup()
    await user.type(await screen.findByLabelText('Problem statement'), 'Screening for retinopathy')
    await user.click(screen.getByRole('checkbox', { name: 'Diabetes' }))
    await waitFor(() => expect(screen.getByRole('option', { name: /Uzbekistan/ })).toBeInTheDocument())
    await user.selectOptions(screen.getByLabelText('Country'), 'UZ')
    await user.selectOptions(screen.getByLabelText('Care setting'), 'PRIMARY_CARE')
    await user.click(screen.getByRole('radio', { name: /Anonymous/ }))
    await user.click(screen.getByRole('button', { name: 'Save draft' }))

    expect(await screen.findByText('Min must not exceed max')).toBeInTheDocument()
    expect(screen.getByLabelText(/Budget up to/)).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByLabelText('Problem statement')).toHaveAttribute('aria-invalid', 'true')
    expect(fake.callsTo('POST /api/needs')[0].body).toMatchObject({
      problemStatement: 'Screening for retinopathy',
      diseaseAreas: ['DIABETES'],
      country: 'UZ',
      careSetting: 'PRIMARY_CARE',
      visibility: 'ANONYMOUS',
    })
  })

  it('edits with the version loaded and, on 409, offers the latest version', async () => {
    const fake = installFakeApi({
      'GET /api/me': { body: requester() },
      'GET /api/reference/countries': { body: COUNTRIES },
      'GET /api/needs/n-1': { body: aNeed() },
      'PUT /api/needs/n-1': problem(409, 'stale-version'),
    })
    renderApp('/my/needs/n-1/edit')
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: 'Save changes' }))

    expect(await screen.findByText(/Someone changed this need after you opened it/)).toBeInTheDocument()
    expect(fake.callsTo('PUT /api/needs/n-1')[0].body).toMatchObject({ version: 2 })

    fake.route('GET /api/needs/n-1', { body: aNeed({ version: 3, content: { ...aNeed().content, title: 'Changed elsewhere' } }) })
    fake.route('PUT /api/needs/n-1', (call) => ({ body: aNeed({ version: 4, ...(call.body as object) }) }))
    await user.click(screen.getByRole('button', { name: 'Load the latest version' }))
    expect(await screen.findByDisplayValue('Changed elsewhere')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await waitFor(() => expect(fake.callsTo('PUT /api/needs/n-1')).toHaveLength(2))
    expect(fake.callsTo('PUT /api/needs/n-1')[1].body).toMatchObject({ version: 3, title: 'Changed elsewhere' })
  })
})
