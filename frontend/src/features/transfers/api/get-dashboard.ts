import { useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { Dashboard, Impact } from '@/types/transfers'

export const dashboardQueryKey = ['goals', 'dashboard'] as const
export const impactQueryKey = ['goals', 'impact'] as const

/** Live: refetched every minute and whenever a notification arrives (see use-notifications). */
export function useDashboard() {
  return useQuery({
    queryKey: dashboardQueryKey,
    queryFn: ({ signal }) => api.get<Dashboard>('/api/staff/dashboard', signal),
    refetchInterval: 60_000,
  })
}

export function useImpact() {
  return useQuery({
    queryKey: impactQueryKey,
    queryFn: ({ signal }) => api.get<Impact>('/api/public/impact', signal),
    refetchInterval: 60_000,
  })
}
