import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { BrokeringFigures } from '@/types/needs'

export const brokeringQueryKey = ['matching', 'brokering'] as const

export const getBrokering = (signal?: AbortSignal) => api.get<BrokeringFigures>('/api/staff/brokering', signal)

export const brokeringQueryOptions = () => queryOptions({ queryKey: brokeringQueryKey, queryFn: ({ signal }) => getBrokering(signal) })

export function useBrokering() {
  return useQuery(brokeringQueryOptions())
}
