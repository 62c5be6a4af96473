import { afterEach, describe, expect, it, vi } from 'vitest'
import { installFakeApi, problem } from '@/testing/fake-api'
import { ApiError, PROBLEM, api, setUnauthorizedHandler } from './api-client'

afterEach(() => {
  vi.unstubAllGlobals()
  setUnauthorizedHandler(() => {})
})

describe('api client', () => {
  it('fetches the CSRF token once and sends it on every state-changing request', async () => {
    const fake = installFakeApi({ 'POST /api/things': { body: { ok: true } }, 'PUT /api/things': { status: 204 } })

    await api.post('/api/things', { a: 1 })
    await api.put('/api/things', { a: 2 })

    expect(fake.callsTo('GET /api/auth/csrf')).toHaveLength(1)
    expect(fake.callsTo('POST /api/things')[0].headers['X-XSRF-TOKEN']).toBe('csrf-1')
    expect(fake.callsTo('PUT /api/things')[0].headers['X-XSRF-TOKEN']).toBe('csrf-1')
    expect(fake.callsTo('POST /api/things')[0].body).toEqual({ a: 1 })
  })

  it('sends no CSRF token on reads', async () => {
    const fake = installFakeApi({ 'GET /api/things': { body: [] } })

    await api.get('/api/things')

    expect(fake.callsTo('GET /api/auth/csrf')).toHaveLength(0)
    expect(fake.calls[0].headers['X-XSRF-TOKEN']).toBeUndefined()
  })

  it('fetches a fresh token and retries once when the server rejects the CSRF token', async () => {
    let tokens = 0
    const fake = installFakeApi({
      'GET /api/auth/csrf': () => ({ body: { token: `csrf-${++tokens}` } }),
      'POST /api/things': (call) =>
        call.headers['X-XSRF-TOKEN'] === 'csrf-2' ? { body: { ok: true } } : problem(403, 'csrf'),
    })

    await expect(api.post('/api/things')).resolves.toEqual({ ok: true })
    expect(fake.callsTo('POST /api/things')).toHaveLength(2)
  })

  it('gives up after one CSRF retry', async () => {
    const fake = installFakeApi({ 'POST /api/things': problem(403, 'csrf') })

    await expect(api.post('/api/things')).rejects.toMatchObject({ status: 403, type: PROBLEM.csrf })
    expect(fake.callsTo('POST /api/things')).toHaveLength(2)
  })

  it('turns problem JSON into an ApiError with field errors', async () => {
    installFakeApi({
      'POST /api/auth/register': problem(400, 'validation', {
        detail: 'The request is invalid',
        fieldErrors: [
          { field: 'password', message: 'is a common password' },
          { field: 'newInstitution.country', message: 'must not be blank' },
        ],
      }),
    })

    const error = await api.post('/api/auth/register', {}).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(ApiError)
    const apiError = error as ApiError
    expect(apiError.status).toBe(400)
    expect(apiError.type).toBe(PROBLEM.validation)
    expect(apiError.detail).toBe('The request is invalid')
    expect(apiError.fieldError('password')).toBe('is a common password')
    expect(apiError.fieldError('newInstitution.country')).toBe('must not be blank')
  })

  it('reads Retry-After from a 429', async () => {
    installFakeApi({ 'POST /api/auth/login': { ...problem(429, 'too-many-requests'), headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '42' } } })

    await expect(api.post('/api/auth/login', {})).rejects.toMatchObject({ status: 429, retryAfter: 42 })
  })

  it('tells the app to forget the user on a 401', async () => {
    installFakeApi({ 'GET /api/secret': problem(401, 'unauthenticated') })
    const onUnauthorized = vi.fn()
    setUnauthorizedHandler(onUnauthorized)

    await expect(api.get('/api/secret')).rejects.toMatchObject({ status: 401 })
    expect(onUnauthorized).toHaveBeenCalledOnce()
  })

  it('reports an unreachable server as a network problem', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')))

    await expect(api.get('/api/me')).rejects.toMatchObject({ status: 0, type: PROBLEM.network })
  })
})
