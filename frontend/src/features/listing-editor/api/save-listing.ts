import { useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'
import { listingQueryKey } from '@/features/catalog/api/get-listing'
import { api } from '@/lib/api-client'
import type { ListingContent, ListingView } from '@/types/catalog'
import { myListingsQueryKey } from './get-my-listings'

// Client-side checks per step of the form, with the server's limits (ListingContent); the server
// checks everything again and its field errors are shown next to the same fields.
const text = (max: number) => z.string().trim().min(1, 'validation.required').max(max, 'validation.tooLong')

export const basicsSchema = z.object({
  language: text(35),
  title: text(300),
  summary: text(500),
  description: text(20_000),
})

export const classificationSchema = z.object({
  diseaseAreas: z.array(z.string()).min(1, 'validation.chooseOne'),
  technologyType: z.string({ error: 'validation.required' }).min(1, 'validation.required'),
  trl: z.number({ error: 'validation.required' }).int().min(1).max(9),
  transferModes: z.array(z.string()).min(1, 'validation.chooseOne'),
})

export const contactSchema = z.object({
  contact: z
    .object({ name: z.string().trim().max(200), email: z.union([z.literal(''), z.email('validation.email')]).optional() })
    .nullable()
    .optional(),
})

export type SaveListing = { id?: string; version?: number; content: ListingContent }

/** Creates a draft (no id) or edits one; the edit carries the version read, so a stale edit gets 409. */
export function saveListing({ id, version, content }: SaveListing) {
  return id
    ? api.put<ListingView>(`/api/listings/${encodeURIComponent(id)}`, content, { 'If-Match': `"${version ?? 0}"` })
    : api.post<ListingView>('/api/listings', content)
}

export function useSaveListing() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: saveListing,
    onSuccess: (saved) => {
      queryClient.setQueryData(listingQueryKey(saved.id), saved)
      void queryClient.invalidateQueries({ queryKey: myListingsQueryKey })
    },
  })
}
