import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { PendingInstitution } from '@/types/api'

export const pendingInstitutionsQueryKey = ['staff', 'institutions', 'PENDING'] as const

export const getPendingInstitutions = (signal?: AbortSignal) =>
  api.get<PendingInstitution[]>('/api/staff/institutions?status=PENDING', signal)

export const pendingInstitutionsQueryOptions = () =>
  queryOptions({ queryKey: pendingInstitutionsQueryKey, queryFn: ({ signal }) => getPendingInstitutions(signal) })

export function usePendingInstitutions() {
  return useQuery(pendingInstitutionsQueryOptions())
}
