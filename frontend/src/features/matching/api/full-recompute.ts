import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { RecomputeJob } from '@/types/needs'

export const recomputeStatusQueryKey = ['matching', 'recompute-status'] as const

/** How often the dashboard asks for progress while a recompute runs. */
export const RECOMPUTE_POLL_MS = 1000

export const getRecomputeStatus = (signal?: AbortSignal) => api.get<RecomputeJob>('/api/staff/matching/status', signal)

export const recomputeStatusQueryOptions = () =>
  queryOptions({
    queryKey: recomputeStatusQueryKey,
    queryFn: ({ signal }) => getRecomputeStatus(signal),
    // Poll only while it runs; an idle or finished job is asked for once.
    refetchInterval: (query) => (query.state.data?.state === 'RUNNING' ? RECOMPUTE_POLL_MS : false),
  })

export function useRecomputeStatus() {
  return useQuery(recomputeStatusQueryOptions())
}

/** Starts the full recompute (202 with the RUNNING job; 409 while another one runs). */
export const startRecompute = () => api.post<RecomputeJob>('/api/staff/matching/recompute')

export function useStartRecompute() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: startRecompute,
    onSuccess: (job) => queryClient.setQueryData(recomputeStatusQueryKey, job),
    // A 409 means someone else's run is going: fetching the status starts following it.
    onError: () => void queryClient.invalidateQueries({ queryKey: recomputeStatusQueryKey }),
  })
}
