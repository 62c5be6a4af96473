import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { ListingView } from '@/types/catalog'

export const listingQueryKey = (id: string) => ['catalog', 'listing', id] as const

export const getListing = (id: string, signal?: AbortSignal) =>
  api.get<ListingView>(`/api/listings/${encodeURIComponent(id)}`, signal)

export const listingQueryOptions = (id: string) =>
  queryOptions({ queryKey: listingQueryKey(id), queryFn: ({ signal }) => getListing(id, signal) })

export function useListing(id: string) {
  return useQuery(listingQueryOptions(id))
}
