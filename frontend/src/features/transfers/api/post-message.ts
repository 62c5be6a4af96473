import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { TransferMessage } from '@/types/transfers'
import { messagesQueryKey } from './get-transfer'

/** Each message gets its own Idempotency-Key, so a retried send never posts it twice. */
export function usePostMessage(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ text, key, attachmentIds }: { text: string; key: string; attachmentIds: string[] }) =>
      api.post<TransferMessage>(`/api/transfers/${encodeURIComponent(id)}/messages`, { text, attachmentIds }, { 'Idempotency-Key': key }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: messagesQueryKey(id) }),
  })
}
