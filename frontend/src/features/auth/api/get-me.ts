import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query'
import { isUiLanguage } from '@/config/languages'
import { api, isApiError } from '@/lib/api-client'
import { currentLanguage, i18n } from '@/lib/i18n'
import type { User } from '@/types/api'

export const meQueryKey = ['me'] as const

/** The signed-in user, or null when anonymous (the server answers 401). */
export async function getMe(signal?: AbortSignal): Promise<User | null> {
  try {
    return await api.get<User>('/api/me', signal)
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null
    throw error
  }
}

export const meQueryOptions = () =>
  queryOptions({ queryKey: meQueryKey, queryFn: ({ signal }) => getMe(signal), staleTime: 5 * 60_000 })

export function useUser() {
  return useQuery(meQueryOptions())
}

/**
 * A new session began (login, registration) or ended (logout): set the current user and drop
 * every other cached answer, which belonged to the previous session. The `me` query itself is
 * updated in place, not removed, so mounted components keep observing it.
 */
export function startSessionCache(queryClient: QueryClient, user: User | null) {
  queryClient.setQueryData(meQueryKey, user)
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] })
}

/**
 * At sign-in (not on every page load) the UI takes the account's preferred language when it is a
 * UI language: the account carries the choice to other devices, while a reload keeps whatever was
 * last chosen in this browser.
 */
export function applyAccountLanguage(user: User) {
  if (isUiLanguage(user.language) && user.language !== currentLanguage()) void i18n.changeLanguage(user.language)
}
