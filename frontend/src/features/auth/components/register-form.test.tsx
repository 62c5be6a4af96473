import { screen, within } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { installFakeApi, problem } from '@/testing/fake-api'
import { renderApp } from '@/testing/render-app'
import { aUser } from '@/testing/users'

afterEach(() => vi.unstubAllGlobals())

const COUNTRIES = [
  { code: 'KZ', group: 'MEMBER' },
  { code: 'CN', group: 'MEMBER' },
  { code: 'MN', group: 'OBSERVER' },
  { code: 'FR', group: 'OTHER' },
]

// Pasting instead of typing key by key keeps these long forms fast on a busy machine.
async function fill(user: UserEvent, label: string, value: string) {
  const field = await screen.findByLabelText(label)
  await user.clear(field)
  await user.click(field)
  await user.paste(value)
}

async function fillValidForm() {
  const user = userEvent.setup()
  await fill(user, 'Username', 'aigerim')
  await fill(user, 'Full name', 'Aigerim Nurlanovna')
  await fill(user, 'E-mail', 'aigerim@example.kz')
  await fill(user, 'Password', 'correct horse battery staple')
  await user.click(screen.getByRole('checkbox', { name: /Provider/ }))
  await fill(user, 'Name (in its own script)', 'Национальный научный центр')
  await fill(user, 'Name in Latin script', 'National Scientific Center')
  await screen.findByRole('option', { name: 'Kazakhstan' })
  await user.selectOptions(screen.getByLabelText('Country'), 'KZ')
  await user.selectOptions(screen.getByLabelText('Type'), 'HOSPITAL')
  await fill(user, 'City', 'Astana')
  return user
}

describe('registration form', () => {
  it('shows the API’s field errors next to the fields they concern', async () => {
    installFakeApi({
      'GET /api/reference/countries': { body: COUNTRIES },
      'POST /api/auth/register': problem(400, 'validation', {
        fieldErrors: [
          { field: 'password', message: 'This password is too common.' },
          { field: 'newInstitution.country', message: 'Unknown country.' },
        ],
      }),
    })
    renderApp('/register')

    const user = await fillValidForm()
    await user.click(screen.getByRole('button', { name: 'Create account' }))

    expect(await screen.findByLabelText('Password')).toHaveAccessibleDescription(
      expect.stringContaining('This password is too common.'),
    )
    expect(screen.getByLabelText('Country')).toHaveAccessibleDescription('Unknown country.')
    expect(screen.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByRole('alert')).toHaveTextContent('Please correct the fields marked below.')
  })

  it('checks the password length before sending', async () => {
    const fake = installFakeApi({ 'GET /api/reference/countries': { body: COUNTRIES } })
    renderApp('/register')

    const user = await fillValidForm()
    await fill(user, 'Password', 'short')
    await user.click(screen.getByRole('button', { name: 'Create account' }))

    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(expect.stringContaining('Use 12 to 128 characters.'))
    expect(fake.callsTo('POST /api/auth/register')).toHaveLength(0)
  })

  it('sends the new institution and lists SCO members first', async () => {
    const fake = installFakeApi({
      'GET /api/reference/countries': { body: COUNTRIES },
      'POST /api/auth/register': { status: 201, body: aUser(['PROVIDER'], { displayName: 'Aigerim Nurlanovna' }) },
    })
    renderApp('/register')

    await screen.findByRole('option', { name: 'Kazakhstan' })
    const groups = within(screen.getByLabelText('Country')).getAllByRole('group')
    expect(groups.map((g) => g.getAttribute('label'))).toEqual(['SCO member states', 'SCO observer states', 'Other countries'])
    expect(within(groups[0]).getAllByRole('option').map((o) => o.textContent)).toEqual(['China', 'Kazakhstan'])

    const user = await fillValidForm()
    await user.click(screen.getByRole('button', { name: 'Create account' }))

    expect(await screen.findByRole('heading', { name: 'Welcome, Aigerim Nurlanovna' })).toBeInTheDocument()
    expect(fake.callsTo('POST /api/auth/register')[0].body).toEqual({
      username: 'aigerim',
      displayName: 'Aigerim Nurlanovna',
      email: 'aigerim@example.kz',
      password: 'correct horse battery staple',
      language: 'en',
      roles: ['PROVIDER'],
      newInstitution: {
        name: 'Национальный научный центр',
        nameLatin: 'National Scientific Center',
        country: 'KZ',
        type: 'HOSPITAL',
        city: 'Astana',
      },
    })
  })

  it('registers with an existing institution found by search', async () => {
    const fake = installFakeApi({
      'GET /api/reference/countries': { body: COUNTRIES },
      'GET /api/institutions': {
        body: [{ id: 'inst-9', name: '瑞金医院', nameLatin: 'Ruijin Hospital', country: 'CN', type: 'HOSPITAL', city: 'Shanghai', status: 'VERIFIED' }],
      },
      'POST /api/auth/register': { status: 201, body: aUser(['REQUESTER']) },
    })
    renderApp('/register')
    const user = userEvent.setup()
    await fill(user, 'Username', 'wang')
    await fill(user, 'Full name', 'Wang Fang')
    await fill(user, 'E-mail', 'wang@example.cn')
    await fill(user, 'Password', 'a long enough passphrase')
    await user.click(screen.getByRole('checkbox', { name: /Requester/ }))

    await user.click(screen.getByRole('radio', { name: 'My institution is already registered' }))
    await user.type(screen.getByLabelText('Search institutions'), 'Ruijin')
    await user.click(await screen.findByRole('radio', { name: /瑞金医院/ }))
    await user.click(screen.getByRole('button', { name: 'Create account' }))

    await screen.findByRole('heading', { name: /Welcome/ })
    const [registration] = fake.callsTo('POST /api/auth/register')
    expect(registration.body).toMatchObject({ institutionId: 'inst-9', roles: ['REQUESTER'] })
    expect(fake.callsTo('GET /api/institutions')[0].url).toBe('/api/institutions?q=Ruijin')
  })
})
