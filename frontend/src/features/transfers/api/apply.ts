import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { api } from '@/lib/api-client'
import { newIdempotencyKey } from '@/lib/idempotency-key'
import type { ApplyForm, TransferView } from '@/types/transfers'
import { transferListsKey, transferQueryKey } from './get-transfer'

/**
 * Applies with an Idempotency-Key kept for the life of the form: a retry after a lost answer
 * replays the first answer instead of creating a second application.
 */
export function useApply() {
  const queryClient = useQueryClient()
  const [key] = useState(() => newIdempotencyKey())
  return useMutation({
    mutationFn: (form: ApplyForm) => api.post<TransferView>('/api/transfers', form, { 'Idempotency-Key': key }),
    onSuccess: (created) => {
      queryClient.setQueryData(transferQueryKey(created.id), created)
      void queryClient.invalidateQueries({ queryKey: transferListsKey })
    },
  })
}
