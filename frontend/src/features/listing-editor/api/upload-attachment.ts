import { useMutation, useQueryClient } from '@tanstack/react-query'
import { listingQueryKey } from '@/features/catalog/api/get-listing'
import { api, upload } from '@/lib/api-client'
import type { AttachmentView } from '@/types/catalog'

/** Accepted by the server (checked by content there); the picker offers the same. */
export const ATTACHMENT_TYPES = '.pdf,.png,.jpg,.jpeg,.webp,.docx,application/pdf,image/png,image/jpeg,image/webp'

export function uploadAttachment({ id, file, onProgress }: { id: string; file: File; onProgress?: (f: number) => void }) {
  const url = `/api/listings/${encodeURIComponent(id)}/attachments?${new URLSearchParams({ fileName: file.name })}`
  return upload<AttachmentView>(url, file, { contentType: file.type || 'application/octet-stream', onProgress })
}

export const deleteAttachment = ({ id, fileId }: { id: string; fileId: string }) =>
  api.delete<void>(`/api/listings/${encodeURIComponent(id)}/attachments/${encodeURIComponent(fileId)}`)

export function useUploadAttachment() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: uploadAttachment,
    onSuccess: (_, { id }) => queryClient.invalidateQueries({ queryKey: listingQueryKey(id) }),
  })
}

export function useDeleteAttachment() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteAttachment,
    onSuccess: (_, { id }) => queryClient.invalidateQueries({ queryKey: listingQueryKey(id) }),
  })
}
