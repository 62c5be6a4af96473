// The one way the app talks to the backend: same-origin cookies, JSON bodies, the CSRF header on
// every state-changing request, and RFC 9457 problem JSON turned into a typed ApiError.

export type FieldError = { field: string; message: string }

export const PROBLEM = {
  csrf: 'urn:transferhub:problem:csrf',
  badCredentials: 'urn:transferhub:problem:bad-credentials',
  tooManyRequests: 'urn:transferhub:problem:too-many-requests',
  validation: 'urn:transferhub:problem:validation',
  unauthenticated: 'urn:transferhub:problem:unauthenticated',
  network: 'urn:transferhub:problem:network',
} as const

export class ApiError extends Error {
  readonly status: number
  readonly type: string
  readonly title: string
  readonly detail?: string
  readonly fieldErrors: FieldError[]
  /** Seconds from a Retry-After header (429), when the server sent one. */
  readonly retryAfter?: number

  constructor(init: {
    status: number
    type?: string
    title?: string
    detail?: string
    fieldErrors?: FieldError[]
    retryAfter?: number
  }) {
    super(init.detail ?? init.title ?? `HTTP ${init.status}`)
    this.name = 'ApiError'
    this.status = init.status
    this.type = init.type ?? 'about:blank'
    this.title = init.title ?? `HTTP ${init.status}`
    this.detail = init.detail
    this.fieldErrors = init.fieldErrors ?? []
    this.retryAfter = init.retryAfter
  }

  /** The messages for one form field (e.g. `password` or `newInstitution.country`). */
  fieldError(field: string): string | undefined {
    const messages = this.fieldErrors.filter((e) => e.field === field).map((e) => e.message)
    return messages.length ? messages.join(' ') : undefined
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
const CSRF_HEADER = 'X-XSRF-TOKEN'

let csrfToken: Promise<string> | null = null
let onUnauthorized: () => void = () => {}
let acceptLanguage: () => string | undefined = () => undefined

/** Called on every 401 so the app can forget the cached current user. */
export function setUnauthorizedHandler(handler: () => void) {
  onUnauthorized = handler
}

/** Lets the server answer (e.g. validation messages) in the UI's language. */
export function setLanguageProvider(provider: () => string | undefined) {
  acceptLanguage = provider
}

/** Forget the CSRF token, e.g. after logout (the server clears its cookie then). */
export function resetCsrfToken() {
  csrfToken = null
}

function fetchCsrfToken(): Promise<string> {
  csrfToken ??= fetch('/api/auth/csrf', {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  })
    .then(async (response) => {
      if (!response.ok) throw await toApiError(response)
      const body = (await response.json()) as { token: string }
      return body.token
    })
    .catch((error: unknown) => {
      csrfToken = null // let the next request try again
      throw error
    })
  return csrfToken
}

async function toApiError(response: Response): Promise<ApiError> {
  const retryAfterHeader = response.headers.get('Retry-After')
  const retryAfter = retryAfterHeader ? Number(retryAfterHeader) : undefined
  const contentType = response.headers.get('Content-Type') ?? ''
  if (contentType.includes('json')) {
    try {
      const problem = (await response.json()) as Partial<{
        type: string
        title: string
        detail: string
        fieldErrors: FieldError[]
      }>
      return new ApiError({
        status: response.status,
        type: problem.type,
        title: problem.title,
        detail: problem.detail,
        fieldErrors: Array.isArray(problem.fieldErrors) ? problem.fieldErrors : [],
        retryAfter: Number.isFinite(retryAfter) ? retryAfter : undefined,
      })
    } catch {
      // fall through: a broken body is reported by status alone
    }
  }
  return new ApiError({ status: response.status, title: response.statusText, retryAfter })
}

type RequestOptions = { body?: unknown; signal?: AbortSignal; headers?: Record<string, string> }

async function send(method: string, url: string, options: RequestOptions, retried: boolean): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' }
  const language = acceptLanguage()
  if (language) headers['Accept-Language'] = language
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  if (UNSAFE_METHODS.has(method)) headers[CSRF_HEADER] = await fetchCsrfToken()
  Object.assign(headers, options.headers)

  let response: Response
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    })
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    throw new ApiError({ status: 0, type: PROBLEM.network, title: 'Network error' })
  }
  if (response.ok) return response

  const error = await toApiError(response)
  if (error.status === 403 && error.type === PROBLEM.csrf && !retried) {
    // The token may have been rotated (new session, logout elsewhere): fetch a fresh one, once.
    resetCsrfToken()
    return send(method, url, options, true)
  }
  if (error.status === 401) onUnauthorized()
  throw error
}

async function request<T>(method: string, url: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(method, url, options, false)
  if (response.status === 204 || response.headers.get('Content-Length') === '0') return undefined as T
  const text = await response.text()
  return (text ? JSON.parse(text) : undefined) as T
}

export const api = {
  get: <T>(url: string, signal?: AbortSignal) => request<T>('GET', url, { signal }),
  post: <T>(url: string, body?: unknown, headers?: Record<string, string>) => request<T>('POST', url, { body, headers }),
  put: <T>(url: string, body?: unknown, headers?: Record<string, string>) => request<T>('PUT', url, { body, headers }),
  patch: <T>(url: string, body?: unknown) => request<T>('PATCH', url, { body }),
  delete: <T>(url: string) => request<T>('DELETE', url),
}

export type UploadOptions = { contentType: string; onProgress?: (fraction: number) => void; idempotencyKey?: string }

/**
 * POSTs a file as the raw request body (the catalog's attachment and import endpoints stream it),
 * through XMLHttpRequest because fetch cannot report upload progress. Same CSRF and problem handling.
 */
export async function upload<T>(url: string, file: Blob, options: UploadOptions, retried = false): Promise<T> {
  const { contentType, onProgress, idempotencyKey } = options
  const token = await fetchCsrfToken()
  const language = acceptLanguage()
  const response = await new Promise<Response>((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', url)
    xhr.withCredentials = true
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json')
    xhr.setRequestHeader('Content-Type', contentType)
    xhr.setRequestHeader(CSRF_HEADER, token)
    if (language) xhr.setRequestHeader('Accept-Language', language)
    if (idempotencyKey) xhr.setRequestHeader('Idempotency-Key', idempotencyKey)
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && onProgress) onProgress(event.loaded / event.total)
    }
    xhr.onload = () => {
      const headers = new Headers()
      for (const line of xhr.getAllResponseHeaders().trim().split(/[\r\n]+/)) {
        const at = line.indexOf(':')
        if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim())
      }
      const body = xhr.status === 204 ? null : xhr.responseText
      resolve(new Response(body, { status: xhr.status, statusText: xhr.statusText, headers }))
    }
    xhr.onerror = () => reject(new ApiError({ status: 0, type: PROBLEM.network, title: 'Network error' }))
    xhr.send(file)
  })
  if (!response.ok) {
    const error = await toApiError(response)
    if (error.status === 403 && error.type === PROBLEM.csrf && !retried) {
      resetCsrfToken()
      return upload<T>(url, file, options, true)
    }
    if (error.status === 401) onUnauthorized()
    throw error
  }
  onProgress?.(1)
  const text = await response.text()
  return (text ? JSON.parse(text) : undefined) as T
}
