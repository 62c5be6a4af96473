import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { MatchView } from '@/types/needs'

export const listingDemandQueryKey = (listingId: string) => ['matching', 'listing', listingId] as const

export const getListingDemand = (listingId: string, signal?: AbortSignal) =>
  api.get<MatchView[]>(`/api/listings/${encodeURIComponent(listingId)}/demand?limit=20`, signal)

export const listingDemandQueryOptions = (listingId: string) =>
  queryOptions({ queryKey: listingDemandQueryKey(listingId), queryFn: ({ signal }) => getListingDemand(listingId, signal) })

export function useListingDemand(listingId: string) {
  return useQuery(listingDemandQueryOptions(listingId))
}
