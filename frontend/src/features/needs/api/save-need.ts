import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { NeedForm, NeedView } from '@/types/needs'
import { needQueryKey } from './get-need'
import { myNeedsQueryKey } from './get-my-needs'

export type SaveNeed = { id?: string; form: NeedForm }

/** Creates a draft (no id) or edits one; the edit carries the version loaded, so a stale edit is 409. */
export function saveNeed({ id, form }: SaveNeed) {
  return id ? api.put<NeedView>(`/api/needs/${encodeURIComponent(id)}`, form) : api.post<NeedView>('/api/needs', form)
}

export const openNeed = (id: string) => api.post<NeedView>(`/api/needs/${encodeURIComponent(id)}/open`)

function useNeedMutation<T>(fn: (input: T) => Promise<NeedView>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: fn,
    onSuccess: (saved) => {
      queryClient.setQueryData(needQueryKey(saved.id), saved)
      void queryClient.invalidateQueries({ queryKey: myNeedsQueryKey })
    },
  })
}

export const useSaveNeed = () => useNeedMutation(saveNeed)
export const useOpenNeed = () => useNeedMutation(openNeed)
