import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '@/components/ui/feedback'
import { SelectField, TextAreaField, TextField } from '@/components/ui/field'
import { isApiError } from '@/lib/api-client'
import type { TransferAction, TransferFileKind } from '@/types/transfers'
import { fromApi, type FormErrors } from '@/utils/form-errors'
import { useQueryClient } from '@tanstack/react-query'
import { filesQueryKey, uploadAll } from '../api/files'
import { useStep } from '../api/steps'
import { ACTION_FIELDS, toBody } from './action-fields'
import { FilePicker } from './transfer-files'

/** Milestones take evidence: files uploaded with the step, filed under its part of the application. */
const EVIDENCE: Partial<Record<TransferAction, TransferFileKind>> = {
  SIGN_AGREEMENT: 'AGREEMENT',
  RECORD_TRAINING: 'TRAINING',
  RECORD_DEPLOYMENT: 'DEPLOYMENT',
}

/** The form of one step; a step with nothing required still asks the user to confirm. */
export function StepForm({ transferId, action, onDone }: { transferId: string; action: TransferAction; onDone: () => void }) {
  const { t } = useTranslation()
  const step = useStep(transferId)
  const queryClient = useQueryClient()
  const fields = ACTION_FIELDS[action]
  const [values, setValues] = useState<Record<string, string>>({})
  const [errors, setErrors] = useState<FormErrors>({})
  const [evidence, setEvidence] = useState<File[]>([])
  const [uploadError, setUploadError] = useState<unknown>(null)
  const evidenceKind = EVIDENCE[action]
  const set = (name: string, value: string) => setValues((old) => ({ ...old, [name]: value }))

  function submit(event: FormEvent) {
    event.preventDefault()
    const { body, missing } = toBody(fields, values)
    const found: FormErrors = Object.fromEntries(missing.map((m) => [m, { key: 'transfers.step.fixField' }]))
    setErrors(found)
    if (missing.length > 0) return
    step.mutate(
      { action, body },
      {
        // the step is recorded first; its evidence follows, and a refused file is reported without undoing the step
        onSuccess: async () => {
          try {
            await uploadAll(transferId, evidenceKind!, evidence)
            if (evidence.length > 0) void queryClient.invalidateQueries({ queryKey: filesQueryKey(transferId) })
            onDone()
          } catch (error) {
            setUploadError(error)
          }
        },
        onError: (error) => isApiError(error) && setErrors(fromApi(error)),
      },
    )
  }

  return (
    <form className="form step-form" onSubmit={submit} noValidate aria-label={t(`transfers.action.${action}`)}>
      <h3>{t(`transfers.action.${action}`)}</h3>
      <p className="muted">{t(`transfers.actionHelp.${action}`)}</p>
      {fields.map((field) => {
        const label = t(`transfers.stepField.${field.name}`)
        const common = { label, optional: !field.required, error: errors[field.name], value: values[field.name] ?? '' }
        switch (field.kind) {
          case 'select':
            return (
              <SelectField key={field.name} {...common} onChange={(e) => set(field.name, e.target.value)}>
                <option value="">{t('transfers.apply.choose')}</option>
                {field.options?.map((o) => <option key={o} value={o}>{t(`transfers.option.${field.name}.${o}`)}</option>)}
              </SelectField>
            )
          case 'text':
            return <TextAreaField key={field.name} {...common} rows={3} maxLength={4000} onChange={(e) => set(field.name, e.target.value)} />
          case 'list':
            return <TextField key={field.name} {...common} hint={t('transfers.step.listHint')} onChange={(e) => set(field.name, e.target.value)} />
          case 'currency':
            return <TextField key={field.name} {...common} maxLength={3} placeholder="CNY" hint={t('transfers.step.currencyHint')} onChange={(e) => set(field.name, e.target.value)} />
          default:
            return (
              <TextField key={field.name} {...common} type={field.kind} min={field.min} inputMode={field.kind === 'number' ? 'decimal' : undefined}
                onChange={(e) => set(field.name, e.target.value)} />
            )
        }
      })}
      {evidenceKind && (
        <>
          <FilePicker label={t('transfers.files.evidence')} onFiles={(files) => setEvidence((old) => [...old, ...files])} />
          {evidence.length > 0 && <p className="muted">{evidence.map((f) => f.name).join(', ')}</p>}
        </>
      )}
      {step.isError && <ErrorAlert error={step.error} />}
      {uploadError !== null && <ErrorAlert error={uploadError} />}
      <p className="actions">
        <button type="submit" className="btn btn--primary" disabled={step.isPending}>{t('transfers.step.confirm')}</button>{' '}
        <button type="button" className="btn btn--secondary" onClick={onDone}>{t('common.cancel')}</button>
      </p>
    </form>
  )
}
