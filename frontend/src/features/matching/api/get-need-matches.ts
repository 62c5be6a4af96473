import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { MatchView } from '@/types/needs'

export const needMatchesQueryKey = (needId: string) => ['matching', 'need', needId] as const

export const getNeedMatches = (needId: string, includeDismissed: boolean, signal?: AbortSignal) =>
  api.get<MatchView[]>(`/api/needs/${encodeURIComponent(needId)}/matches?includeDismissed=${includeDismissed}&limit=50`, signal)

export const needMatchesQueryOptions = (needId: string, includeDismissed: boolean) =>
  queryOptions({
    queryKey: [...needMatchesQueryKey(needId), includeDismissed],
    queryFn: ({ signal }) => getNeedMatches(needId, includeDismissed, signal),
  })

export function useNeedMatches(needId: string, includeDismissed = false) {
  return useQuery(needMatchesQueryOptions(needId, includeDismissed))
}
