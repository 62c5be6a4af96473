import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { ReviewQueueItem } from '@/types/catalog'

export const reviewQueueQueryKey = ['staff', 'listings', 'review-queue'] as const

export const getReviewQueue = (signal?: AbortSignal) => api.get<ReviewQueueItem[]>('/api/staff/listings/review-queue', signal)

export const reviewQueueQueryOptions = () =>
  queryOptions({ queryKey: reviewQueueQueryKey, queryFn: ({ signal }) => getReviewQueue(signal) })

export function useReviewQueue() {
  return useQuery(reviewQueueQueryOptions())
}
