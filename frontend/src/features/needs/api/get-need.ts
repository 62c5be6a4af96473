import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { NeedView } from '@/types/needs'

export const needQueryKey = (id: string) => ['needs', 'need', id] as const

export const getNeed = (id: string, signal?: AbortSignal) => api.get<NeedView>(`/api/needs/${encodeURIComponent(id)}`, signal)

export const needQueryOptions = (id: string) => queryOptions({ queryKey: needQueryKey(id), queryFn: ({ signal }) => getNeed(id, signal) })

export function useNeed(id: string) {
  return useQuery(needQueryOptions(id))
}
