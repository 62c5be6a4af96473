import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert, Spinner } from '@/components/ui/feedback'
import { TextField } from '@/components/ui/field'
import { useToast } from '@/components/ui/toast'
import { InstitutionCard } from '@/features/institutions/components/institution-card'
import { currentLanguage } from '@/lib/i18n'
import { problemMessage } from '@/lib/problem-message'
import type { PendingInstitution } from '@/types/api'
import { fromZod, type FormErrors } from '@/utils/form-errors'
import { formatDate } from '@/utils/format'
import { rejectInputSchema, useDecideInstitution } from '../api/decide-institution'
import { usePendingInstitutions } from '../api/get-pending-institutions'

export function VerificationQueue() {
  const { t } = useTranslation()
  const pending = usePendingInstitutions()

  if (pending.isPending) return <Spinner />
  if (pending.isError) return <ErrorAlert error={pending.error} onRetry={() => void pending.refetch()} />
  if (pending.data.length === 0) return <p className="empty">{t('staff.empty')}</p>
  return (
    <ul className="card-list">
      {pending.data.map((institution) => (
        <li key={institution.id} className="card">
          <PendingInstitutionItem institution={institution} />
        </li>
      ))}
    </ul>
  )
}

function PendingInstitutionItem({ institution }: { institution: PendingInstitution }) {
  const { t } = useTranslation()
  const toast = useToast()
  const decide = useDecideInstitution()
  const [rejecting, setRejecting] = useState(false)
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<FormErrors>({})

  const onError = (error: unknown) => toast.error(problemMessage(error, t))

  function verify() {
    decide.mutate(
      { id: institution.id, action: 'verify' },
      { onSuccess: () => toast.success(t('staff.verified', { name: institution.name })), onError },
    )
  }

  function reject(event: FormEvent) {
    event.preventDefault()
    const parsed = rejectInputSchema.safeParse({ reason })
    if (!parsed.success) {
      setErrors(fromZod(parsed.error))
      return
    }
    decide.mutate(
      { id: institution.id, action: 'reject', reason: parsed.data.reason },
      { onSuccess: () => toast.success(t('staff.rejected', { name: institution.name })), onError },
    )
  }

  return (
    <article aria-label={institution.name}>
      <InstitutionCard institution={institution} />
      {institution.createdAt && (
        <p className="muted">{t('staff.registeredOn', { date: formatDate(institution.createdAt, currentLanguage()) })}</p>
      )}
      {rejecting ? (
        <form className="form form--inline" onSubmit={reject} noValidate>
          <TextField
            label={t('staff.reasonLabel')}
            name="reason"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={errors.reason}
            autoFocus
          />
          <div className="actions">
            <button type="submit" className="btn btn--danger" disabled={decide.isPending}>
              {t('staff.confirmReject')}
            </button>
            <button type="button" className="btn btn--secondary" onClick={() => setRejecting(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="actions">
          <button type="button" className="btn btn--primary" onClick={verify} disabled={decide.isPending}>
            {t('staff.verify')}
          </button>
          <button type="button" className="btn btn--secondary" onClick={() => setRejecting(true)} disabled={decide.isPending}>
            {t('staff.reject')}
          </button>
        </div>
      )}
    </article>
  )
}
