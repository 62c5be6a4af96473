import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { SearchHit } from '@/types/catalog'

// Similar technologies in any language. A listing not (yet) in the index answers 404: show nothing.
export async function getSimilar(id: string, lang: string, signal?: AbortSignal): Promise<SearchHit[]> {
  const params = new URLSearchParams({ lang, size: '6' })
  try {
    const body = await api.get<{ hits?: SearchHit[] }>(`/api/listings/${encodeURIComponent(id)}/similar?${params}`, signal)
    return Array.isArray(body?.hits) ? body.hits : []
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    return []
  }
}

export const similarQueryOptions = (id: string, lang: string) =>
  queryOptions({ queryKey: ['search', 'similar', id, lang], queryFn: ({ signal }) => getSimilar(id, lang, signal) })

export function useSimilar(id: string, lang: string, enabled: boolean) {
  return useQuery({ ...similarQueryOptions(id, lang), enabled })
}
