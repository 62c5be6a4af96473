import { useTranslation } from 'react-i18next'
import { ErrorAlert, Spinner } from '@/components/ui/feedback'
import { currentLanguage } from '@/lib/i18n'
import { formatDate } from '@/utils/format'
import { useListingHistory } from '../api/get-listing-history'
import { useCodeLabels } from './code-labels'

/** Who did what, when: for the owner's institution and staff. */
export function ListingHistory({ id }: { id: string }) {
  const { t } = useTranslation()
  const labels = useCodeLabels()
  const history = useListingHistory(id, true)
  return (
    <section aria-labelledby="sec-history" className="listing-section">
      <h2 id="sec-history">{t('listing.history')}</h2>
      {history.isPending ? (
        <Spinner />
      ) : history.isError ? (
        <ErrorAlert error={history.error} />
      ) : (
        <ol className="history">
          {[...history.data].reverse().map((entry, i) => (
            <li key={`${entry.at}-${i}`}>
              <time dateTime={entry.at}>{formatDate(entry.at, currentLanguage())}</time> · <strong>{entry.actorName}</strong> ·{' '}
              {t(`listing.action.${entry.action}`, { defaultValue: entry.action })}
              {entry.toStatus && entry.fromStatus !== entry.toStatus && (
                <> → {labels.code('status', entry.toStatus)}</>
              )}
              {entry.comment && <blockquote className="history__comment">{entry.comment}</blockquote>}
              {entry.changedFields.length > 0 && (
                <p className="muted">{t('listing.changedFields', { fields: entry.changedFields.join(', ') })}</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
