import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, upload } from '@/lib/api-client'
import { newIdempotencyKey } from '@/lib/idempotency-key'
import type { TransferFile, TransferFileKind } from '@/types/transfers'

const base = (id: string) => `/api/transfers/${encodeURIComponent(id)}/attachments`
export const filesQueryKey = (id: string) => ['transfers', 'files', id] as const
export const fileUrl = (transferId: string, fileId: string) => `${base(transferId)}/${encodeURIComponent(fileId)}`

export function useTransferFiles(id: string) {
  return useQuery({ queryKey: filesQueryKey(id), queryFn: ({ signal }) => api.get<TransferFile[]>(base(id), signal) })
}

/** Each upload has its own Idempotency-Key, so a retry (e.g. after a CSRF refresh) stores the file once. */
export function uploadTransferFile(transferId: string, kind: TransferFileKind, file: File) {
  const url = `${base(transferId)}?${new URLSearchParams({ kind, fileName: file.name })}`
  return upload<TransferFile>(url, file, { contentType: file.type || 'application/octet-stream', idempotencyKey: newIdempotencyKey() })
}

/** Uploads files one after the other (a refused one stops the rest and is thrown); the stored files in order. */
export async function uploadAll(transferId: string, kind: TransferFileKind, files: File[]): Promise<TransferFile[]> {
  const stored: TransferFile[] = []
  for (const file of files) stored.push(await uploadTransferFile(transferId, kind, file))
  return stored
}

export function useUploadTransferFile(transferId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ kind, file }: { kind: TransferFileKind; file: File }) => uploadTransferFile(transferId, kind, file),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: filesQueryKey(transferId) }),
  })
}

export function useDeleteTransferFile(transferId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (fileId: string) => api.delete<void>(fileUrl(transferId, fileId)),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: filesQueryKey(transferId) }),
  })
}
