import { useMutation, useQueryClient } from '@tanstack/react-query'
import { upload } from '@/lib/api-client'
import type { ImportReport } from '@/types/catalog'

/** NDJSON (one listing per line) or CSV with a header row; the format follows the file name. */
export function importFormat(file: File): 'text/csv' | 'application/x-ndjson' {
  return /\.csv$/i.test(file.name) || file.type === 'text/csv' ? 'text/csv' : 'application/x-ndjson'
}

export function importListings({ file, onProgress }: { file: File; onProgress?: (fraction: number) => void }) {
  return upload<ImportReport>('/api/staff/listings/import', file, { contentType: importFormat(file), onProgress })
}

export function useImportListings() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: importListings,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['catalog'] }),
  })
}

export const exportUrl = (format: 'csv' | 'xlsx') => `/api/staff/listings/export?format=${format}`
