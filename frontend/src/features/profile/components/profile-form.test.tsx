import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { installFakeApi, problem } from '@/testing/fake-api'
import { renderApp } from '@/testing/render-app'
import { aUser } from '@/testing/users'

afterEach(() => vi.unstubAllGlobals())

describe('profile', () => {
  it('saves the display name and language, and the UI follows the language', async () => {
    const me = aUser(['REQUESTER'], { displayName: 'Dilnoza' })
    const fake = installFakeApi({
      'GET /api/me': { body: me },
      'PATCH /api/me': (call) => ({ body: { ...me, ...(call.body as object) } }),
    })
    renderApp('/profile')
    const user = userEvent.setup()

    const name = await screen.findByLabelText('Full name')
    await user.clear(name)
    await user.type(name, 'Dilnoza Karimova')
    await user.selectOptions(screen.getByLabelText('E-mail notifications'), 'DAILY')
    await user.selectOptions(screen.getByLabelText('Preferred language'), 'ru')
    await user.click(screen.getByRole('button', { name: 'Save' }))

    expect(await screen.findByRole('heading', { name: 'Ваш профиль' })).toBeInTheDocument()
    expect(screen.getByText('Профиль сохранён.')).toBeInTheDocument()
    expect(fake.callsTo('PATCH /api/me')[0].body).toEqual({
      displayName: 'Dilnoza Karimova',
      language: 'ru',
      emailFrequency: 'DAILY',
    })
    expect(screen.getByLabelText('Уведомления по электронной почте')).toHaveValue('DAILY')
  })

  it('shows the server’s field error next to the field', async () => {
    installFakeApi({
      'GET /api/me': { body: aUser(['PROVIDER']) },
      'PATCH /api/me': problem(400, 'validation', { fieldErrors: [{ field: 'displayName', message: 'size must be between 1 and 100' }] }),
    })
    renderApp('/profile')
    const user = userEvent.setup()

    await user.type(await screen.findByLabelText('Full name'), 'x')
    await user.click(screen.getByRole('button', { name: 'Save' }))

    await waitFor(() =>
      expect(screen.getByLabelText('Full name')).toHaveAccessibleDescription('Size must be between 1 and 100'),
    )
  })
})
