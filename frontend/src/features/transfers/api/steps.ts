import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/lib/api-client'
import type { TransferAction, TransferView } from '@/types/transfers'
import { transferListsKey, transferQueryKey } from './get-transfer'

/** The endpoint of each step of the state machine (TransferStepController). */
export const STEP_PATH: Record<TransferAction, string> = {
  PROVIDER_REQUEST_INFO: 'request-info',
  REQUESTER_PROVIDE_INFO: 'provide-info',
  ACCEPT: 'accept',
  DECLINE: 'decline',
  STAFF_REQUEST_INFO: 'staff-request-info',
  ANSWER_STAFF: 'answer-staff',
  APPROVE: 'approve',
  REJECT: 'reject',
  SIGN_AGREEMENT: 'milestones/agreement',
  RECORD_TRAINING: 'milestones/training',
  RECORD_DEPLOYMENT: 'milestones/deployment',
  CONFIRM_COMPLETION: 'confirm-completion',
  CLOSE: 'close',
  WITHDRAW: 'withdraw',
  CANCEL: 'cancel',
}

export type Step = { action: TransferAction; body: Record<string, unknown> }

/** One step on one application; the answer is the application as the caller now sees it. */
export function useStep(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ action, body }: Step) =>
      api.post<TransferView>(`/api/transfers/${encodeURIComponent(id)}/${STEP_PATH[action]}`, body),
    onSuccess: (updated) => {
      queryClient.setQueryData(transferQueryKey(id), (old: TransferView | undefined) => ({
        ...updated,
        unreadMessages: old?.unreadMessages ?? updated.unreadMessages,
      }))
      void queryClient.invalidateQueries({ queryKey: transferListsKey })
    },
  })
}

export type FollowUpReport = { months: number; patientsTreated: number; keyOutcome: string; adverseEvents: string }

export function useFollowUp(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ months, ...body }: FollowUpReport) =>
      api.post<TransferView>(`/api/transfers/${encodeURIComponent(id)}/follow-ups/${months}`, body),
    onSuccess: (updated) => {
      queryClient.setQueryData(transferQueryKey(id), updated)
      void queryClient.invalidateQueries({ queryKey: transferListsKey })
    },
  })
}
