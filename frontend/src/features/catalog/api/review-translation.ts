import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { ListingView, Translation } from '@/types/catalog'
import { listingQueryKey } from './get-listing'

/** Center staff store a translation they checked against the original (it becomes STAFF_REVIEWED). */
export const reviewTranslation = ({ id, language, translation }: { id: string; language: string; translation: Translation }) =>
  api.put<ListingView>(`/api/staff/listings/${encodeURIComponent(id)}/translations/${encodeURIComponent(language)}`, translation)

export function useReviewTranslation() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: reviewTranslation,
    onSuccess: (saved) => queryClient.setQueryData(listingQueryKey(saved.id), saved),
  })
}
