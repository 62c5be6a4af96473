import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { installFakeApi, problem } from '@/testing/fake-api'
import { renderApp } from '@/testing/render-app'
import { aDashboard, aTransfer } from '@/testing/transfers'
import { anInstitution, aUser } from '@/testing/users'

afterEach(() => vi.unstubAllGlobals())

const provider = { institutionId: 'inst-1', name: 'Ruijin', country: 'CN' }
const listing = {
  id: 'l-1', reference: 'TH-1', status: 'PUBLISHED', version: 3, provider, attachments: [], createdAt: '', updatedAt: '',
  language: 'en', title: 'CGM programme', summary: 'S', description: 'D', keywords: [], translations: {},
  diseaseAreas: ['DIABETES'], technologyType: 'MEDICAL_DEVICE', trl: 9, transferModes: ['TRAINING', 'LICENSING'], targetCountries: [],
  trainingLanguages: [], requirements: { equipment: ['CGM readers'], staffAndSkills: 'Diabetes nurse', infrastructure: 'CGM readers' },
}
const requester = aUser(['REQUESTER'], { institution: anInstitution({ id: 'inst-2', name: 'Tashkent Clinic', country: 'UZ' }) })

describe('applying for a listing', () => {
  it('scores readiness as the server does, lists the gaps and sends each requirement once with an Idempotency-Key', async () => {
    const fake = installFakeApi({
      'GET /api/me': { body: requester },
      'GET /api/listings/l-1': { body: listing },
      'GET /api/my/needs': { body: [] },
      'POST /api/transfers': { status: 201, body: aTransfer({ as: ['REQUESTER'], actions: ['WITHDRAW'] }) },
      'GET /api/transfers/t-1': { body: aTransfer({ as: ['REQUESTER'], actions: ['WITHDRAW'] }) },
      'GET /api/transfers/t-1/messages': { body: [] },
    })
    renderApp('/catalog/l-1/apply')
    const user = userEvent.setup()

    const readers = await screen.findByRole('group', { name: 'CGM readers' })
    const nurse = screen.getByRole('group', { name: 'Diabetes nurse' })
    await user.click(within(readers).getByLabelText('We have it'))
    await user.click(within(nurse).getByLabelText('Partly'))
    expect(screen.getByText('Readiness score: 75/100 (2 of 2 answered)')).toBeInTheDocument()
    expect(screen.getByText('Gaps:').parentElement).toHaveTextContent('Diabetes nurse')

    await user.type(screen.getByLabelText('Intended use'), 'Endocrinology ward')
    await user.type(screen.getByLabelText('Patients expected per year'), '800')
    await user.type(screen.getByLabelText('Professionals to train'), '6')
    await user.selectOptions(screen.getByLabelText('Preferred transfer mode'), 'TRAINING')
    await user.type(screen.getByLabelText('Timeline'), 'Q1 2027')
    await user.click(screen.getByRole('button', { name: 'Submit application' }))

    expect(await screen.findByRole('heading', { name: 'Application: CGM programme' })).toBeInTheDocument()
    const [call] = fake.callsTo('POST /api/transfers')
    expect(call.headers['Idempotency-Key']).toMatch(/.{16,}/)
    expect(call.body).toEqual({
      listingId: 'l-1', needId: null, intendedUse: 'Endocrinology ward',
      readiness: [{ requirement: 'CGM readers', answer: 'HAVE' }, { requirement: 'Diabetes nurse', answer: 'PARTIAL' }],
      patientsPerYear: 800, professionalsToTrain: 6, preferredMode: 'TRAINING', timeline: 'Q1 2027',
    })
  })

  it('names every unanswered requirement and sends nothing', async () => {
    const fake = installFakeApi({
      'GET /api/me': { body: requester },
      'GET /api/listings/l-1': { body: listing },
      'GET /api/my/needs': { body: [] },
    })
    renderApp('/catalog/l-1/apply')
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: 'Submit application' }))
    expect(screen.getAllByText('Answer this requirement.')).toHaveLength(2)
    expect(fake.callsTo('POST /api/transfers')).toHaveLength(0)
  })
})

describe('the application page', () => {
  it('offers the provider exactly the steps the server allows, and accepting posts terms and training plan', async () => {
    const fake = installFakeApi({
      'GET /api/me': { body: aUser(['PROVIDER']) },
      'GET /api/transfers/t-1': { body: aTransfer() },
      'GET /api/transfers/t-1/messages': { body: [{ id: 'm1', transferId: 't-1', authorUserId: 'u-r', authorName: 'Dr Karimova', authorAs: 'REQUESTER', text: 'Can you train in Russian?', at: '2026-11-02T09:00:00Z' }] },
      'POST /api/transfers/t-1/accept': ({ body }) => ({ body: aTransfer({ status: 'ACCEPTED', actions: ['WITHDRAW'], acceptance: { ...(body as { terms: string; trainingPlan: string }), by: 'u-p', at: '2026-11-03T00:00:00Z' } }) }),
    })
    renderApp('/transfers/t-1')
    const user = userEvent.setup()

    const actions = await screen.findByRole('region', { name: 'What you can do now' })
    expect(within(actions).getAllByRole('button').map((b) => b.textContent)).toEqual(['Ask for information', 'Accept', 'Decline', 'Withdraw'])
    expect(screen.getByText(/overdue since/)).toBeInTheDocument()
    expect(await screen.findByText('Can you train in Russian?')).toBeInTheDocument()

    await user.click(within(actions).getByRole('button', { name: 'Accept' }))
    await user.click(screen.getByRole('button', { name: 'Confirm' }))
    expect(screen.getAllByText('Fill in this field correctly.')).toHaveLength(2)
    await user.type(screen.getByLabelText('Proposed terms'), 'Free licence')
    await user.type(screen.getByLabelText('Training plan'), 'Two weeks in Shanghai')
    await user.click(screen.getByRole('button', { name: 'Confirm' }))

    expect(await screen.findByText('Free licence')).toBeInTheDocument()
    expect(fake.callsTo('POST /api/transfers/t-1/accept')[0].body).toEqual({ terms: 'Free licence', trainingPlan: 'Two weeks in Shanghai' })
  })

  it('shows a 409 from a step taken by someone else first, and keeps the form', async () => {
    installFakeApi({
      'GET /api/me': { body: aUser(['STAFF']) },
      'GET /api/transfers/t-1': { body: aTransfer({ status: 'ACCEPTED', as: ['STAFF'], actions: ['STAFF_REQUEST_INFO', 'APPROVE', 'REJECT', 'CANCEL'] }) },
      'GET /api/transfers/t-1/messages': { body: [] },
      'POST /api/transfers/t-1/approve': problem(409, 'transfer-state', { detail: 'The application is no longer ACCEPTED' }),
    })
    renderApp('/transfers/t-1')
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: 'Approve' }))
    await user.click(screen.getByRole('button', { name: 'Confirm' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(/no longer ACCEPTED/)
    expect(screen.getByRole('button', { name: 'Confirm' })).toBeInTheDocument()
  })

  it('records training with the professions as a list', async () => {
    const fake = installFakeApi({
      'GET /api/me': { body: aUser(['PROVIDER']) },
      'GET /api/transfers/t-1': { body: aTransfer({ status: 'AGREEMENT_SIGNED', actions: ['RECORD_TRAINING', 'WITHDRAW'] }) },
      'GET /api/transfers/t-1/messages': { body: [] },
      'POST /api/transfers/t-1/milestones/training': { body: aTransfer({ status: 'TRAINING_DELIVERED', actions: [] }) },
    })
    renderApp('/transfers/t-1')
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: 'Record training delivered' }))
    await user.type(screen.getByLabelText('Professionals trained'), '6')
    await user.type(screen.getByLabelText('Professions'), 'endocrinologist, nurse')
    await user.type(screen.getByLabelText('Certificates issued'), '6')
    await user.type(screen.getByLabelText('Delivered on'), '2026-11-20')
    await user.click(screen.getByRole('button', { name: 'Confirm' }))
    await screen.findByText('Training delivered', { selector: '.transfer__head .badge' })
    expect(fake.callsTo('POST /api/transfers/t-1/milestones/training')[0].body).toEqual({
      professionalsTrained: 6, professions: ['endocrinologist', 'nurse'], certificatesIssued: 6, deliveredOn: '2026-11-20',
    })
  })
})

describe('the staff dashboard', () => {
  it('shows both targets, the funnel with conversion and median days, breakdowns and overdue items', async () => {
    installFakeApi({ 'GET /api/me': { body: aUser(['STAFF']) }, 'GET /api/staff/dashboard': { body: aDashboard() } })
    renderApp('/staff/dashboard')
    const user = userEvent.setup()

    expect(await screen.findByRole('progressbar', { name: 'Technologies shared' })).toHaveAttribute('aria-valuenow', '12')
    expect(screen.getByRole('progressbar', { name: 'Professionals trained' })).toHaveAttribute('aria-valuemax', '2000')
    const funnel = document.querySelector('.funnel-table') as HTMLElement
    expect(within(funnel).getByRole('row', { name: /Accepted/ })).toHaveTextContent('2562.5 %6.0')
    const breakdown = document.querySelector('.breakdown-table') as HTMLElement
    expect(within(breakdown).getByRole('row', { name: /Uzbekistan/ })).toHaveTextContent('780')
    await user.click(screen.getByRole('button', { name: 'Decline reasons' }))
    expect(within(document.querySelector('.breakdown-table') as HTMLElement).getByRole('row', { name: /No capacity now/ })).toHaveTextContent('3')
    expect(screen.getByRole('link', { name: 'Foot clinic' })).toHaveAttribute('href', '/transfers/t-7')
    expect(screen.getByRole('link', { name: 'Figures (XLSX)' })).toHaveAttribute('href', '/api/staff/dashboard/export?format=xlsx')
  })
})

describe('the application lists', () => {
  it('marks the rows with unread messages and overdue steps', async () => {
    installFakeApi({
      'GET /api/me': { body: requester },
      'GET /api/my/transfers': { body: [aTransfer({ unreadMessages: 2 }), aTransfer({ id: 't-2', unreadMessages: 0, overdue: false })] },
    })
    renderApp('/my/applications')

    const rows = await screen.findAllByRole('row')
    expect(within(rows[1]).getByText('2 unread')).toBeInTheDocument()
    expect(rows[1]).toHaveClass('row--overdue')
    expect(within(rows[2]).queryByText(/unread/)).toBeNull()
  })
})
