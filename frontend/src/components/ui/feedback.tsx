import { useTranslation } from 'react-i18next'
import { problemMessage } from '@/lib/problem-message'

export function Spinner({ label }: { label?: string }) {
  const { t } = useTranslation()
  return (
    <div className="spinner" role="status">
      <span className="spinner__dot" aria-hidden="true" />
      <span>{label ?? t('common.loading')}</span>
    </div>
  )
}

/** An error announced to screen readers (role=alert), with an optional retry. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation()
  return (
    <div className="alert alert--error" role="alert">
      <p>{problemMessage(error, t)}</p>
      {onRetry && (
        <button type="button" className="btn btn--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  )
}
