import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { Page } from '@/types/api'
import type { ListingSummary } from '@/types/catalog'
import { filterQuery, type ListingFilters } from './listing-filters'

export type ListingsQuery = { filters: ListingFilters; page: number; size: number }

export function getListings({ filters, page, size }: ListingsQuery, signal?: AbortSignal) {
  const params = filterQuery(filters)
  params.set('page', String(page))
  params.set('size', String(size))
  return api.get<Page<ListingSummary>>(`/api/listings?${params}`, signal)
}

export const listingsQueryOptions = (query: ListingsQuery) =>
  queryOptions({
    queryKey: ['catalog', 'listings', query],
    queryFn: ({ signal }) => getListings(query, signal),
    placeholderData: keepPreviousData,
  })

export function useListings(query: ListingsQuery) {
  return useQuery(listingsQueryOptions(query))
}
