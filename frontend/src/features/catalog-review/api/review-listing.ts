import { useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'
import { listingQueryKey } from '@/features/catalog/api/get-listing'
import { api } from '@/lib/api-client'
import type { ListingView } from '@/types/catalog'
import { reviewQueueQueryKey } from './get-review-queue'

export const requestChangesSchema = z.object({ comment: z.string().trim().min(1, 'validation.required').max(4000, 'validation.tooLong') })

export type ReviewDecision =
  | { id: string; action: 'publish' }
  | { id: string; action: 'request-changes'; comment: string }
  | { id: string; action: 'archive'; comment?: string }

export function reviewListing(decision: ReviewDecision) {
  const url = `/api/staff/listings/${encodeURIComponent(decision.id)}/${decision.action}`
  return decision.action === 'publish' ? api.post<ListingView>(url) : api.post<ListingView>(url, { comment: decision.comment ?? null })
}

export function useReviewListing() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: reviewListing,
    onSuccess: (listing) => {
      queryClient.setQueryData(listingQueryKey(listing.id), listing)
      void queryClient.invalidateQueries({ queryKey: reviewQueueQueryKey })
      void queryClient.invalidateQueries({ queryKey: ['catalog', 'listings'] })
    },
  })
}
