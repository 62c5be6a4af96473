import { vi } from 'vitest'

// A tiny in-memory stand-in for the backend: routes keyed "METHOD /path" (query ignored) answer
// with JSON or problem JSON, and every call is recorded so tests can assert on what was sent.

export type Call = { method: string; path: string; url: string; headers: Record<string, string>; body: unknown }
export type Reply = { status?: number; body?: unknown; headers?: Record<string, string> }
export type Route = Reply | ((call: Call) => Reply)

export function problem(status: number, slug: string, extra: Record<string, unknown> = {}): Reply {
  return {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
    body: { type: `urn:transferhub:problem:${slug}`, title: slug, status, ...extra },
  }
}

const DEFAULT_ROUTES: Record<string, Route> = {
  'GET /api/auth/csrf': { body: { token: 'csrf-1', headerName: 'X-XSRF-TOKEN', parameterName: '_csrf' } },
  'GET /api/me': problem(401, 'unauthenticated'),
}

export function installFakeApi(routes: Record<string, Route> = {}) {
  const table: Record<string, Route> = { ...DEFAULT_ROUTES, ...routes }
  const calls: Call[] = []
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost')
    const method = (init.method ?? 'GET').toUpperCase()
    const call: Call = {
      method,
      path: url.pathname,
      url: url.pathname + url.search,
      headers: { ...(init.headers as Record<string, string>) },
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    }
    calls.push(call)
    const route = table[`${method} ${url.pathname}`]
    const reply = !route ? problem(404, 'not-found') : typeof route === 'function' ? route(call) : route
    const status = reply.status ?? 200
    const headers = { 'Content-Type': 'application/json', ...reply.headers }
    const body = reply.body === undefined || status === 204 ? null : JSON.stringify(reply.body)
    return new Response(body, { status, headers })
  })
  vi.stubGlobal('fetch', fetchMock)
  return {
    calls,
    /** Replace or add a route during a test. */
    route(key: string, route: Route) {
      table[key] = route
    },
    callsTo(key: string) {
      const [method, path] = key.split(' ')
      return calls.filter((c) => c.method === method && c.path === path)
    },
  }
}
