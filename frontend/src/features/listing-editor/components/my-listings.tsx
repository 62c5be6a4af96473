import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { ErrorAlert, Spinner } from '@/components/ui/feedback'
import { editListingPath, listingPath, paths } from '@/config/paths'
import { useCodeLabels } from '@/features/catalog/components/code-labels'
import { currentLanguage } from '@/lib/i18n'
import { formatDate } from '@/utils/format'
import { useMyListings } from '../api/get-my-listings'

const EDITABLE = ['DRAFT', 'CHANGES_REQUESTED', 'PUBLISHED']

export function MyListings({ canCreate }: { canCreate: boolean }) {
  const { t } = useTranslation()
  const labels = useCodeLabels()
  const listings = useMyListings()
  return (
    <>
      {canCreate ? (
        <p>
          <Link className="btn btn--primary" to={paths.newListing}>{t('myListings.create')}</Link>
        </p>
      ) : (
        <p className="alert alert--info">{t('myListings.notVerified')}</p>
      )}
      {listings.isPending ? (
        <Spinner />
      ) : listings.isError ? (
        <ErrorAlert error={listings.error} onRetry={() => void listings.refetch()} />
      ) : listings.data.length === 0 ? (
        <p className="empty">{t('myListings.empty')}</p>
      ) : (
        <ul className="card-list">
          {listings.data.map((l) => (
            <li key={l.id} className="card">
              <article aria-labelledby={`mine-${l.id}`}>
                <h2 id={`mine-${l.id}`} className="listing-card__title" lang={l.language}>
                  <Link to={listingPath(l.id)}>{l.title}</Link>
                </h2>
                <p className="listing-card__meta">
                  <span className="badge badge--pending">{labels.code('status', l.status)}</span>{' '}
                  {l.revisionPending && <span className="badge badge--pending">{t('listing.revisionPending')}</span>}{' '}
                  <span className="muted">
                    {l.reference} · {t('myListings.updated', { date: formatDate(l.updatedAt, currentLanguage()) })}
                  </span>
                </p>
                {canCreate && EDITABLE.includes(l.status) && (
                  <Link className="btn btn--secondary" to={editListingPath(l.id)}>{t('listing.edit')}</Link>
                )}
              </article>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
