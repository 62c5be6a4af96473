import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '@/components/ui/feedback'
import { SelectField, TextAreaField, TextField } from '@/components/ui/field'
import { isApiError } from '@/lib/api-client'
import type { TransferAction } from '@/types/transfers'
import { fromApi, type FormErrors } from '@/utils/form-errors'
import { useStep } from '../api/steps'
import { ACTION_FIELDS, toBody } from './action-fields'

/** The form of one step; a step with nothing required still asks the user to confirm. */
export function StepForm({ transferId, action, onDone }: { transferId: string; action: TransferAction; onDone: () => void }) {
  const { t } = useTranslation()
  const step = useStep(transferId)
  const fields = ACTION_FIELDS[action]
  const [values, setValues] = useState<Record<string, string>>({})
  const [errors, setErrors] = useState<FormErrors>({})
  const set = (name: string, value: string) => setValues((old) => ({ ...old, [name]: value }))

  function submit(event: FormEvent) {
    event.preventDefault()
    const { body, missing } = toBody(fields, values)
    const found: FormErrors = Object.fromEntries(missing.map((m) => [m, { key: 'transfers.step.fixField' }]))
    setErrors(found)
    if (missing.length > 0) return
    step.mutate(
      { action, body },
      { onSuccess: onDone, onError: (error) => isApiError(error) && setErrors(fromApi(error)) },
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
      {step.isError && <ErrorAlert error={step.error} />}
      <p className="actions">
        <button type="submit" className="btn btn--primary" disabled={step.isPending}>{t('transfers.step.confirm')}</button>{' '}
        <button type="button" className="btn btn--secondary" onClick={onDone}>{t('common.cancel')}</button>
      </p>
    </form>
  )
}
