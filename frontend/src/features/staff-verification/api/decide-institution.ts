import { useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'
import { api } from '@/lib/api-client'
import { pendingInstitutionsQueryKey } from './get-pending-institutions'

export const rejectInputSchema = z.object({ reason: z.string().trim().min(1, 'validation.required') })

export type Decision = { id: string; action: 'verify' } | { id: string; action: 'reject'; reason: string }

export function decideInstitution(decision: Decision) {
  const url = `/api/staff/institutions/${encodeURIComponent(decision.id)}/${decision.action}`
  return decision.action === 'verify' ? api.post<unknown>(url) : api.post<unknown>(url, { reason: decision.reason })
}

export function useDecideInstitution() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: decideInstitution,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pendingInstitutionsQueryKey }),
  })
}
