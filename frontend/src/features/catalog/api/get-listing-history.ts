import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { HistoryEntry } from '@/types/catalog'

export const getListingHistory = (id: string, signal?: AbortSignal) =>
  api.get<HistoryEntry[]>(`/api/listings/${encodeURIComponent(id)}/history`, signal)

export const listingHistoryQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['catalog', 'listing', id, 'history'], queryFn: ({ signal }) => getListingHistory(id, signal) })

/** Only the owner's institution and staff may read it: ask only when `enabled`. */
export function useListingHistory(id: string, enabled: boolean) {
  return useQuery({ ...listingHistoryQueryOptions(id), enabled })
}
