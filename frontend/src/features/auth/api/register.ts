import { useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'
import { api } from '@/lib/api-client'
import { INSTITUTION_TYPES, SELF_SERVICE_ROLES, type User } from '@/types/api'
import { applyAccountLanguage, startSessionCache } from './get-me'

// Client-side checks mirror the server's rules so most mistakes show before a round trip; the
// server stays the authority (e.g. for the common-password list) and its field errors are shown too.
const website = z
  .string()
  .trim()
  .refine((v) => v === '' || /^https?:\/\/\S+\.\S+/i.test(v), 'validation.website')

export const newInstitutionSchema = z.object({
  name: z.string().trim().min(1, 'validation.required'),
  nameLatin: z.string().trim().min(1, 'validation.required'),
  country: z.string().min(2, 'validation.required'),
  type: z.enum(INSTITUTION_TYPES, 'validation.required'),
  city: z.string().trim().min(1, 'validation.required'),
  website,
})

export const registerInputSchema = z
  .object({
    username: z.string().trim().min(3, 'validation.usernameLength').max(64, 'validation.usernameLength'),
    // Length in code points, like the server: "any Unicode, no silent truncation".
    password: z
      .string()
      .refine((v) => [...v].length >= 12 && [...v].length <= 128, 'validation.passwordLength'),
    displayName: z.string().trim().min(1, 'validation.required'),
    email: z.email('validation.email'),
    language: z.string().min(2, 'validation.required'),
    roles: z.array(z.enum(SELF_SERVICE_ROLES)).min(1, 'validation.rolesRequired'),
    institutionId: z.string().optional(),
    newInstitution: newInstitutionSchema.optional(),
  })
  .refine((v) => !!v.institutionId || !!v.newInstitution, {
    message: 'validation.institutionRequired',
    path: ['institutionId'],
  })

export type RegisterInput = z.infer<typeof registerInputSchema>

export function register(input: RegisterInput) {
  const body = {
    ...input,
    newInstitution: input.newInstitution && {
      ...input.newInstitution,
      website: input.newInstitution.website || undefined,
    },
  }
  return api.post<User>('/api/auth/register', body)
}

export function useRegister(onSuccess?: (user: User) => void) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: register,
    onSuccess: (user) => {
      startSessionCache(queryClient, user)
      applyAccountLanguage(user)
      onSuccess?.(user)
    },
  })
}
