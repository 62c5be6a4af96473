import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '@/components/ui/feedback'
import { TextAreaField, TextField } from '@/components/ui/field'
import { currentLanguage } from '@/lib/i18n'
import type { FollowUp, TransferView } from '@/types/transfers'
import { formatDate, formatNumber } from '@/utils/format'
import { useFollowUp } from '../api/steps'
import { TransferFiles } from './transfer-files'

/** The 6- and 12-month reports: due dates, overdue flags, what was reported, and the requester's form. */
export function FollowUps({ transfer }: { transfer: TransferView }) {
  const { t } = useTranslation()
  const lang = currentLanguage()
  const reports = Object.values(transfer.followUps).sort((a, b) => a.months - b.months)
  const canReport = transfer.status === 'COMPLETED' && transfer.as.includes('REQUESTER')
  return (
    <section aria-labelledby="tr-followups">
      <h2 id="tr-followups">{t('transfers.followUp.title')}</h2>
      {reports.map((f) => {
        const overdue = !f.submittedAt && new Date(f.dueAt).getTime() < Date.now()
        return (
          <div key={f.months} className="card follow-up">
            <h3>
              {t('transfers.followUp.after', { months: f.months })}{' '}
              {f.submittedAt ? (
                <span className="badge badge--verified">{t('transfers.followUp.submitted')}</span>
              ) : (
                <span className={overdue ? 'deadline deadline--overdue' : 'deadline'}>
                  {t(overdue ? 'transfers.overdueSince' : 'transfers.dueBy', { date: formatDate(f.dueAt, lang) })}
                </span>
              )}
            </h3>
            {f.submittedAt ? (
              <dl className="facts">
                <div><dt>{t('transfers.followUp.patientsTreated')}</dt><dd>{formatNumber(f.patientsTreated ?? 0, lang)}</dd></div>
                <div><dt>{t('transfers.followUp.keyOutcome')}</dt><dd>{f.keyOutcome}</dd></div>
                <div><dt>{t('transfers.followUp.adverseEvents')}</dt><dd>{f.adverseEvents || '—'}</dd></div>
              </dl>
            ) : (
              canReport && <FollowUpForm transferId={transfer.id} followUp={f} />
            )}
          </div>
        )
      })}
      <TransferFiles transferId={transfer.id} kind="FOLLOW_UP" />
    </section>
  )
}

function FollowUpForm({ transferId, followUp }: { transferId: string; followUp: FollowUp }) {
  const { t } = useTranslation()
  const report = useFollowUp(transferId)
  const [patients, setPatients] = useState('')
  const [outcome, setOutcome] = useState('')
  const [adverse, setAdverse] = useState('')
  const [invalid, setInvalid] = useState<string[]>([])

  function submit(event: FormEvent) {
    event.preventDefault()
    const n = Number(patients)
    const wrong = [
      ...(patients === '' || !Number.isInteger(n) || n < 0 ? ['patients'] : []),
      ...(outcome.trim() ? [] : ['outcome']),
    ]
    setInvalid(wrong)
    if (wrong.length > 0) return
    report.mutate({ months: followUp.months, patientsTreated: n, keyOutcome: outcome.trim(), adverseEvents: adverse.trim() })
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('transfers.followUp.after', { months: followUp.months })}>
      <TextField label={t('transfers.followUp.patientsTreated')} type="number" min={0} value={patients} onChange={(e) => setPatients(e.target.value)}
        error={invalid.includes('patients') ? { key: 'transfers.apply.wholeNumber' } : undefined} />
      <TextField label={t('transfers.followUp.keyOutcome')} hint={t('transfers.followUp.keyOutcomeHint')} value={outcome}
        onChange={(e) => setOutcome(e.target.value)} error={invalid.includes('outcome') ? { key: 'transfers.apply.required' } : undefined} maxLength={2000} />
      <TextAreaField label={t('transfers.followUp.adverseEvents')} optional value={adverse} onChange={(e) => setAdverse(e.target.value)} rows={2} maxLength={4000} />
      {report.isError && <ErrorAlert error={report.error} />}
      <button type="submit" className="btn btn--primary" disabled={report.isPending}>{t('transfers.followUp.submit')}</button>
    </form>
  )
}
