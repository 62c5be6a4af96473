import { useMutation, useQueryClient } from '@tanstack/react-query'
import { listingQueryKey } from '@/features/catalog/api/get-listing'
import { api } from '@/lib/api-client'
import type { ListingView } from '@/types/catalog'
import { myListingsQueryKey } from './get-my-listings'

export const submitListing = (id: string) => api.post<ListingView>(`/api/listings/${encodeURIComponent(id)}/submit`)

export function useSubmitListing() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: submitListing,
    onSuccess: (saved) => {
      queryClient.setQueryData(listingQueryKey(saved.id), saved)
      void queryClient.invalidateQueries({ queryKey: myListingsQueryKey })
    },
  })
}
