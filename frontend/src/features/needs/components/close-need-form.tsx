import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SelectField, TextAreaField } from '@/components/ui/field'
import { ErrorAlert } from '@/components/ui/feedback'
import { OUTCOMES, type NeedView, type Outcome } from '@/types/needs'
import { useCloseNeed } from '../api/save-need'

/** Statuses from which the owner may close a need (Need.close on the server). */
export const CLOSABLE: NeedView['status'][] = ['OPEN', 'MATCHED', 'EXPIRED']

/**
 * The owner closes a need and says how it ended. The outcome is asked for explicitly (no default),
 * because it feeds the Center's figures.
 */
export function CloseNeedForm({ need }: { need: NeedView }) {
  const { t } = useTranslation()
  const close = useCloseNeed()
  const [closing, setClosing] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | ''>('')
  const [note, setNote] = useState('')
  const [missing, setMissing] = useState(false)

  if (!closing) {
    return (
      <button type="button" className="btn btn--secondary" onClick={() => setClosing(true)}>
        {t('needs.close.start')}
      </button>
    )
  }
  return (
    <form
      className="form need-close"
      aria-labelledby={`close-${need.id}`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        if (!outcome) {
          setMissing(true)
          return
        }
        close.mutate({ id: need.id, outcome, note }, { onSuccess: () => setClosing(false) })
      }}
    >
      <h2 id={`close-${need.id}`}>{t('needs.close.title')}</h2>
      <p className="muted">{t('needs.close.intro')}</p>
      <SelectField
        label={t('needs.close.outcome')}
        value={outcome}
        error={missing && !outcome ? { key: 'needs.close.chooseOutcome' } : undefined}
        onChange={(e) => setOutcome(e.target.value as Outcome | '')}
      >
        <option value="">{t('needs.form.choose')}</option>
        {OUTCOMES.map((o) => (
          <option key={o} value={o}>{t(`needs.outcome.${o}`)}</option>
        ))}
      </SelectField>
      <TextAreaField label={t('needs.close.note')} optional maxLength={2000} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
      {close.isError && <ErrorAlert error={close.error} />}
      <button type="submit" className="btn btn--primary" disabled={close.isPending}>{t('needs.close.confirm')}</button>{' '}
      <button type="button" className="btn btn--link" onClick={() => setClosing(false)}>{t('common.cancel')}</button>
    </form>
  )
}
