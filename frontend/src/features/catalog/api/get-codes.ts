import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { CatalogCodes } from '@/types/catalog'

export const getCatalogCodes = (signal?: AbortSignal) => api.get<CatalogCodes>('/api/catalog/codes', signal)

// The codes change only with a release: fetch once per session.
export const catalogCodesQueryOptions = () =>
  queryOptions({ queryKey: ['catalog', 'codes'], queryFn: ({ signal }) => getCatalogCodes(signal), staleTime: Infinity })

export function useCatalogCodes() {
  return useQuery(catalogCodesQueryOptions())
}
