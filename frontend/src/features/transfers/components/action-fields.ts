import { DECLINE_REASONS, type TransferAction } from '@/types/transfers'

// What each step of the state machine asks for (the request bodies of TransferStepController).
// The step form renders these; the server validates them again.

export type FieldSpec = {
  name: string
  kind: 'text' | 'date' | 'number' | 'select' | 'list' | 'currency'
  required: boolean
  /** select: the option codes, labelled transfers.option.<name>.<code> */
  options?: readonly string[]
  min?: number
}

const reason: FieldSpec = { name: 'reason', kind: 'text', required: true }
const comment: FieldSpec = { name: 'comment', kind: 'text', required: false }

export const ACTION_FIELDS: Record<TransferAction, FieldSpec[]> = {
  PROVIDER_REQUEST_INFO: [reason],
  REQUESTER_PROVIDE_INFO: [reason],
  ACCEPT: [
    { name: 'terms', kind: 'text', required: true },
    { name: 'trainingPlan', kind: 'text', required: true },
  ],
  DECLINE: [
    { name: 'reasonCode', kind: 'select', required: true, options: DECLINE_REASONS },
    { name: 'text', kind: 'text', required: true },
  ],
  STAFF_REQUEST_INFO: [
    { name: 'from', kind: 'select', required: true, options: ['REQUESTER', 'PROVIDER'] },
    { name: 'question', kind: 'text', required: true },
  ],
  ANSWER_STAFF: [reason],
  APPROVE: [comment],
  REJECT: [reason],
  SIGN_AGREEMENT: [
    { name: 'kind', kind: 'select', required: true, options: ['MOU', 'CONTRACT'] },
    { name: 'signedOn', kind: 'date', required: true },
    { name: 'value', kind: 'number', required: false, min: 0 },
    { name: 'currency', kind: 'currency', required: false },
  ],
  RECORD_TRAINING: [
    { name: 'professionalsTrained', kind: 'number', required: true, min: 1 },
    { name: 'professions', kind: 'list', required: true },
    { name: 'certificatesIssued', kind: 'number', required: true, min: 0 },
    { name: 'deliveredOn', kind: 'date', required: true },
  ],
  RECORD_DEPLOYMENT: [
    { name: 'goLiveOn', kind: 'date', required: true },
    { name: 'note', kind: 'text', required: false },
  ],
  CONFIRM_COMPLETION: [comment],
  CLOSE: [comment],
  WITHDRAW: [reason],
  CANCEL: [reason],
}

/** Actions that end or set back the application: shown apart from the forward steps, in a warning style. */
export const ENDING_ACTIONS: TransferAction[] = ['DECLINE', 'REJECT', 'WITHDRAW', 'CANCEL']

/** The form's strings turned into the request body; null when a required field is empty or malformed. */
export function toBody(fields: FieldSpec[], values: Record<string, string>): { body: Record<string, unknown>; missing: string[] } {
  const body: Record<string, unknown> = {}
  const missing: string[] = []
  for (const field of fields) {
    const raw = (values[field.name] ?? '').trim()
    if (raw === '') {
      if (field.required) missing.push(field.name)
      continue
    }
    if (field.kind === 'number') {
      const n = Number(raw)
      if (!Number.isFinite(n) || (field.min !== undefined && n < field.min)) missing.push(field.name)
      else body[field.name] = n
    } else if (field.kind === 'list') {
      const items = raw.split(/[,;，；\n]/).map((s) => s.trim()).filter(Boolean)
      if (items.length === 0 && field.required) missing.push(field.name)
      else body[field.name] = items
    } else if (field.kind === 'currency') {
      body[field.name] = raw.toUpperCase()
    } else {
      body[field.name] = raw
    }
  }
  return { body, missing }
}
