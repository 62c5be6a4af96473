import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { SavedSearch, SearchAlert } from '@/types/needs'

// Saved searches and their alerts (/api/saved-searches): small enough for one file.
export const savedSearchesQueryKey = ['saved-searches'] as const
const alertsQueryKey = ['saved-searches', 'alerts'] as const

export type NewSavedSearch = { name: string; text: string; language: string; diseaseArea?: string; technologyType?: string; country?: string }

export const savedSearchesQueryOptions = () =>
  queryOptions({ queryKey: savedSearchesQueryKey, queryFn: ({ signal }) => api.get<SavedSearch[]>('/api/saved-searches', signal) })

export const searchAlertsQueryOptions = () =>
  queryOptions({ queryKey: alertsQueryKey, queryFn: ({ signal }) => api.get<SearchAlert[]>('/api/saved-searches/alerts', signal) })

export const useSavedSearches = () => useQuery(savedSearchesQueryOptions())
export const useSearchAlerts = () => useQuery(searchAlertsQueryOptions())

export function useSaveSearch() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (search: NewSavedSearch) => api.post<SavedSearch>('/api/saved-searches', search),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: savedSearchesQueryKey }),
  })
}

export function useDeleteSearch() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(`/api/saved-searches/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['saved-searches'] }),
  })
}
