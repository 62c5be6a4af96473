import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { Country } from '@/types/api'

export const getCountries = (signal?: AbortSignal) => api.get<Country[]>('/api/reference/countries', signal)

export const countriesQueryOptions = () =>
  queryOptions({ queryKey: ['reference', 'countries'], queryFn: ({ signal }) => getCountries(signal), staleTime: Infinity })

export function useCountries() {
  return useQuery(countriesQueryOptions())
}
