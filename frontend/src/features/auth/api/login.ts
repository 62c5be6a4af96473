import { useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'
import { api } from '@/lib/api-client'
import type { User } from '@/types/api'
import { applyAccountLanguage, startSessionCache } from './get-me'

export const loginInputSchema = z.object({
  username: z.string().trim().min(1, 'validation.required'),
  password: z.string().min(1, 'validation.required'),
})
export type LoginInput = z.infer<typeof loginInputSchema>

export const login = (input: LoginInput) => api.post<User>('/api/auth/login', input)

export function useLogin(onSuccess?: (user: User) => void) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: login,
    onSuccess: (user) => {
      startSessionCache(queryClient, user)
      applyAccountLanguage(user)
      onSuccess?.(user)
    },
  })
}
