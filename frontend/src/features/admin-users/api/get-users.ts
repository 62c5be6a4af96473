import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { AdminUser, Page } from '@/types/api'

export type UsersQuery = { q: string; page: number; size: number }

export const usersQueryKey = ['admin', 'users'] as const

export function getUsers({ q, page, size }: UsersQuery, signal?: AbortSignal) {
  const params = new URLSearchParams({ q, page: String(page), size: String(size) })
  return api.get<Page<AdminUser>>(`/api/admin/users?${params}`, signal)
}

export const usersQueryOptions = (query: UsersQuery) =>
  queryOptions({
    queryKey: [...usersQueryKey, query],
    queryFn: ({ signal }) => getUsers(query, signal),
    placeholderData: keepPreviousData,
  })

export function useUsers(query: UsersQuery) {
  return useQuery(usersQueryOptions(query))
}
