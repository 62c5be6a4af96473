import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { Role } from '@/types/api'
import { usersQueryKey } from './get-users'

const userUrl = (id: string) => `/api/admin/users/${encodeURIComponent(id)}`

export const setUserRoles = ({ id, roles }: { id: string; roles: Role[] }) =>
  api.put<unknown>(`${userUrl(id)}/roles`, { roles })

export const setUserEnabled = ({ id, enabled }: { id: string; enabled: boolean }) =>
  api.post<unknown>(`${userUrl(id)}/${enabled ? 'enable' : 'disable'}`)

export function useSetUserRoles() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: setUserRoles,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  })
}

export function useSetUserEnabled() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: setUserEnabled,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  })
}
