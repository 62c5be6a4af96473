import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { Institution } from '@/types/api'

export type InstitutionMatch = Omit<Institution, 'website' | 'rejectionReason'>

export function searchInstitutions(q: string, signal?: AbortSignal) {
  return api.get<InstitutionMatch[]>(`/api/institutions?${new URLSearchParams({ q })}`, signal)
}

export const searchInstitutionsQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['institutions', 'search', q],
    queryFn: ({ signal }) => searchInstitutions(q, signal),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
  })

export function useSearchInstitutions(q: string) {
  return useQuery(searchInstitutionsQueryOptions(q.trim()))
}
