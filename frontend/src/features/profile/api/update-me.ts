import { useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'
import { api } from '@/lib/api-client'
import { EMAIL_FREQUENCIES, type User } from '@/types/api'
import { meQueryKey } from '@/features/auth/api/get-me'

export const updateMeInputSchema = z.object({
  displayName: z.string().trim().min(1, 'validation.required').optional(),
  language: z.string().min(2).optional(),
  emailFrequency: z.enum(EMAIL_FREQUENCIES).optional(),
})
export type UpdateMeInput = z.infer<typeof updateMeInputSchema>

export const updateMe = (input: UpdateMeInput) => api.patch<User>('/api/me', input)

export function useUpdateMe() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateMe,
    onSuccess: (user) => queryClient.setQueryData(meQueryKey, user),
  })
}
