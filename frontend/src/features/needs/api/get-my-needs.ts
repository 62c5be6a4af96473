import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { NeedView } from '@/types/needs'

export const myNeedsQueryKey = ['needs', 'mine'] as const

export const getMyNeeds = (signal?: AbortSignal) => api.get<NeedView[]>('/api/my/needs', signal)

export const myNeedsQueryOptions = () => queryOptions({ queryKey: myNeedsQueryKey, queryFn: ({ signal }) => getMyNeeds(signal) })

export function useMyNeeds() {
  return useQuery(myNeedsQueryOptions())
}
