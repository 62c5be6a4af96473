import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { ListingView } from '@/types/catalog'
import { listingQueryKey } from './get-listing'

/** Keeps a published listing public for another publication period (its owner only). */
export const renewListing = (id: string) => api.post<ListingView>(`/api/listings/${encodeURIComponent(id)}/renew`)

export function useRenewListing() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: renewListing,
    onSuccess: (renewed) => queryClient.setQueryData(listingQueryKey(renewed.id), renewed),
  })
}
