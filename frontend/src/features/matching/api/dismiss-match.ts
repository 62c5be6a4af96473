import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import { listingDemandQueryKey } from './get-listing-demand'
import { needMatchesQueryKey } from './get-need-matches'

export type Dismiss = { side: 'need' | 'listing'; needId: string; listingId: string; reason: string; note: string }

/** Either side says "not for us"; the server keeps the first reason (idempotent). */
export function dismissMatch({ side, needId, listingId, reason, note }: Dismiss) {
  const body = { reason, note: note.trim() || null }
  return side === 'need'
    ? api.post(`/api/needs/${encodeURIComponent(needId)}/matches/${encodeURIComponent(listingId)}/dismiss`, body)
    : api.post(`/api/listings/${encodeURIComponent(listingId)}/demand/${encodeURIComponent(needId)}/dismiss`, body)
}

export function useDismissMatch() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: dismissMatch,
    onSuccess: (_, { side, needId, listingId }) =>
      queryClient.invalidateQueries({ queryKey: side === 'need' ? needMatchesQueryKey(needId) : listingDemandQueryKey(listingId) }),
  })
}
