import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { Suggestion } from '@/types/catalog'

// Autocomplete is a nicety: when the endpoint is missing or fails, the box simply offers nothing.
export async function getSuggestions(q: string, lang: string, signal?: AbortSignal): Promise<Suggestion[]> {
  const params = new URLSearchParams({ q, lang, size: '8' })
  try {
    const body = await api.get<{ suggestions?: Suggestion[] }>(`/api/search/suggest?${params}`, signal)
    return Array.isArray(body?.suggestions) ? body.suggestions : []
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    return []
  }
}

export const suggestionsQueryOptions = (q: string, lang: string) =>
  queryOptions({
    queryKey: ['search', 'suggest', lang, q],
    queryFn: ({ signal }) => getSuggestions(q, lang, signal),
    staleTime: 60_000,
  })

export function useSuggestions(q: string, lang: string) {
  return useQuery({ ...suggestionsQueryOptions(q, lang), enabled: q.trim().length >= 2 })
}
