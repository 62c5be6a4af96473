import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { NeedView } from '@/types/needs'

export const BOARD_FILTERS = ['diseaseArea', 'technologyType', 'country', 'careSetting', 'text'] as const
export type BoardFilters = Partial<Record<(typeof BOARD_FILTERS)[number], string>>
export type BoardQuery = { filters: BoardFilters; page: number; size: number }

/** The board's query string: empty filters left out, the text bounded as the server bounds it. */
export function boardParams({ filters, page, size }: BoardQuery): URLSearchParams {
  const params = new URLSearchParams()
  for (const key of BOARD_FILTERS) {
    const value = filters[key]?.trim()
    if (value) params.set(key, key === 'text' ? value.slice(0, 200) : value)
  }
  params.set('page', String(page))
  params.set('size', String(size))
  return params
}

export const getNeedsBoard = (query: BoardQuery, signal?: AbortSignal) =>
  api.get<NeedView[]>(`/api/needs/board?${boardParams(query)}`, signal)

export const needsBoardQueryOptions = (query: BoardQuery) =>
  queryOptions({
    queryKey: ['needs', 'board', query],
    queryFn: ({ signal }) => getNeedsBoard(query, signal),
    placeholderData: keepPreviousData,
  })

export function useNeedsBoard(query: BoardQuery) {
  return useQuery(needsBoardQueryOptions(query))
}
