import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { MatchView } from '@/types/needs'
import { brokeringQueryKey } from './get-brokering'
import { needMatchesQueryKey } from './get-need-matches'

export type Recommendation = { needId: string; listingId: string; note: string }

/** Staff put a listing before a need with a note: a curated match both sides see first. */
export const recommendListing = (form: Recommendation) =>
  api.post<MatchView>('/api/staff/matching/recommendations', { ...form, note: form.note.trim() })

export function useRecommendListing() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: recommendListing,
    onSuccess: (_, { needId }) => {
      void queryClient.invalidateQueries({ queryKey: needMatchesQueryKey(needId) })
      void queryClient.invalidateQueries({ queryKey: brokeringQueryKey })
    },
  })
}
