import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { NeedRevision } from '@/types/needs'

export const needHistoryQueryKey = (id: string) => ['needs', 'history', id] as const

/** The need's changes, oldest first; the owner and staff may read them (others get 403). */
export const getNeedHistory = (id: string, signal?: AbortSignal) =>
  api.get<NeedRevision[]>(`/api/needs/${encodeURIComponent(id)}/history`, signal)

export const needHistoryQueryOptions = (id: string) =>
  queryOptions({ queryKey: needHistoryQueryKey(id), queryFn: ({ signal }) => getNeedHistory(id, signal) })

export function useNeedHistory(id: string) {
  return useQuery(needHistoryQueryOptions(id))
}
