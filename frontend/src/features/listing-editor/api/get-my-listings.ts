import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { ListingSummary } from '@/types/catalog'

export const myListingsQueryKey = ['catalog', 'my-listings'] as const

export const getMyListings = (signal?: AbortSignal) => api.get<ListingSummary[]>('/api/my/listings', signal)

export const myListingsQueryOptions = () =>
  queryOptions({ queryKey: myListingsQueryKey, queryFn: ({ signal }) => getMyListings(signal) })

export function useMyListings() {
  return useQuery(myListingsQueryOptions())
}
