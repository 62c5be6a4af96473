import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { z } from 'zod'
import { filterQuery, type ListingFilters } from '@/features/catalog/api/listing-filters'
import { api } from '@/lib/api-client'
import type { SearchResult } from '@/types/catalog'

export const SORTS = ['relevance', 'newest'] as const
export type Sort = (typeof SORTS)[number]

/** The search box's input: the server rejects over 256 characters with a 400, so do we. */
export const searchInputSchema = z.object({ q: z.string().trim().min(1, 'validation.required').max(256, 'search.tooLong') })

export type SearchQuery = { q: string; lang: string; page: number; size: number; sort: Sort; filters: ListingFilters }

export function searchListings({ q, lang, page, size, sort, filters }: SearchQuery, signal?: AbortSignal) {
  const params = new URLSearchParams({ q, lang, page: String(page), size: String(size), sort })
  filterQuery(filters).forEach((value, key) => params.set(key, value))
  return api.get<SearchResult>(`/api/search?${params}`, signal)
}

export const searchQueryOptions = (query: SearchQuery) =>
  queryOptions({
    queryKey: ['search', query],
    queryFn: ({ signal }) => searchListings(query, signal),
    placeholderData: keepPreviousData,
  })

export function useSearch(query: SearchQuery) {
  return useQuery(searchQueryOptions(query))
}
