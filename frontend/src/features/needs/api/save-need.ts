import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { NeedForm, NeedView, Outcome } from '@/types/needs'
import { needQueryKey } from './get-need'
import { needHistoryQueryKey } from './get-need-history'
import { myNeedsQueryKey } from './get-my-needs'

export type SaveNeed = { id?: string; form: NeedForm }

/** Creates a draft (no id) or edits one; the edit carries the version loaded, so a stale edit is 409. */
export function saveNeed({ id, form }: SaveNeed) {
  return id ? api.put<NeedView>(`/api/needs/${encodeURIComponent(id)}`, form) : api.post<NeedView>('/api/needs', form)
}

export const openNeed = (id: string) => api.post<NeedView>(`/api/needs/${encodeURIComponent(id)}/open`)

export type CloseNeed = { id: string; outcome: Outcome; note: string }

/** Closes an open, matched or expired need with how it ended; any other status is 409. */
export const closeNeed = ({ id, outcome, note }: CloseNeed) =>
  api.post<NeedView>(`/api/needs/${encodeURIComponent(id)}/close`, { outcome, note: note.trim() || null })

export type MarkMatched = { id: string; listingId: string }

/** The requester found what the need asked for in this published listing: OPEN → MATCHED. */
export const markNeedMatched = ({ id, listingId }: MarkMatched) =>
  api.post<NeedView>(`/api/needs/${encodeURIComponent(id)}/matched`, { listingId })

function useNeedMutation<T>(fn: (input: T) => Promise<NeedView>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: fn,
    onSuccess: (saved) => {
      queryClient.setQueryData(needQueryKey(saved.id), saved)
      void queryClient.invalidateQueries({ queryKey: myNeedsQueryKey })
      void queryClient.invalidateQueries({ queryKey: needHistoryQueryKey(saved.id) })
    },
  })
}

export const useSaveNeed = () => useNeedMutation(saveNeed)
export const useOpenNeed = () => useNeedMutation(openNeed)
export const useCloseNeed = () => useNeedMutation(closeNeed)
export const useMarkNeedMatched = () => useNeedMutation(markNeedMatched)
