import { useTranslation } from 'react-i18next'
import { ErrorAlert, Spinner } from '@/components/ui/feedback'
import { currentLanguage } from '@/lib/i18n'
import { formatDate } from '@/utils/format'
import { useNeedHistory } from '../api/get-need-history'

/** The need's status history, oldest first: each change, the status after it and, when closed, the outcome. */
export function NeedHistory({ needId }: { needId: string }) {
  const { t } = useTranslation()
  const history = useNeedHistory(needId)
  const lang = currentLanguage()
  return (
    <section aria-labelledby="need-history">
      <h2 id="need-history">{t('needs.history.title')}</h2>
      {history.isPending && <Spinner />}
      {history.isError && <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />}
      {history.isSuccess && (
        <ol className="need-history">
          {history.data.map((entry) => (
            <li key={entry.id}>
              <time dateTime={entry.at}>{formatDate(entry.at, lang)}</time>{' '}
              <strong>{t(`needs.history.event.${entry.event}`, { defaultValue: entry.event })}</strong>{' '}
              <span className="muted">→ {t(`needs.status.${entry.status}`)}</span>
              {entry.event === 'CLOSED' && entry.outcome && (
                <>
                  {' · '}
                  {t(`needs.outcome.${entry.outcome}`)}
                  {entry.outcomeNote && <>: <q>{entry.outcomeNote}</q></>}
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
