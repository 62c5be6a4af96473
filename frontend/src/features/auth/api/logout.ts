import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, resetCsrfToken } from '@/lib/api-client'
import { startSessionCache } from './get-me'

export const logout = () => api.post<void>('/api/auth/logout')

export function useLogout(onSuccess?: () => void) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      // Signed out (or the session was gone anyway): forget the user's data and the old token.
      resetCsrfToken()
      startSessionCache(queryClient, null)
      onSuccess?.()
    },
  })
}
