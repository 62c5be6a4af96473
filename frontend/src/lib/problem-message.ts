import type { TFunction } from 'i18next'
import { PROBLEM, isApiError } from './api-client'

// Turns any error into one sentence for the user, in the UI language. Known problem types get our
// own wording; otherwise the server's `detail` (already free of internals) or a generic line.
export function problemMessage(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return t('errors.generic', { status: '?' })
  switch (error.type) {
    case PROBLEM.network:
      return t('errors.network')
    case PROBLEM.badCredentials:
      return t('errors.badCredentials')
    case PROBLEM.csrf:
      return t('errors.csrf')
    case PROBLEM.tooManyRequests:
      return error.retryAfter
        ? t('errors.tooManyRequests', { seconds: error.retryAfter })
        : t('errors.tooManyRequestsLater')
    case PROBLEM.validation:
      return t('errors.validation')
  }
  switch (error.status) {
    case 401:
      return t('errors.unauthenticated')
    case 403:
      return t('errors.forbidden')
    case 404:
      return t('errors.notFound')
    case 409:
      return error.type.endsWith(':stale-version')
        ? t('errors.staleVersion')
        : error.type.endsWith(':duplicate')
          ? (error.detail ?? t('errors.duplicate'))
          : (error.detail ?? t('errors.conflict'))
    case 429:
      return t('errors.tooManyRequestsLater')
  }
  if (error.status === 400 && error.detail) return error.detail
  return t('errors.generic', { status: error.status || '?' })
}
