import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { listingPath } from '@/config/paths'
import type { ListingSummary } from '@/types/catalog'
import { useCodeLabels } from './code-labels'

export function ListingCard({ listing, showStatus = false }: { listing: ListingSummary; showStatus?: boolean }) {
  const { t } = useTranslation()
  const labels = useCodeLabels()
  return (
    <article className="card listing-card" aria-labelledby={`listing-${listing.id}`}>
      <h2 id={`listing-${listing.id}`} className="listing-card__title" lang={listing.language}>
        <Link to={listingPath(listing.id)}>{listing.title}</Link>
      </h2>
      <p className="listing-card__meta">
        <span className="badge badge--lang" title={t('listing.originalLanguage')}>{labels.language(listing.language)}</span>{' '}
        {showStatus && <span className={`badge badge--status-${listing.status.toLowerCase()}`}>{labels.code('status', listing.status)}</span>}{' '}
        {listing.revisionPending && <span className="badge badge--pending">{t('listing.revisionPending')}</span>}
      </p>
      <p lang={listing.language}>{listing.summary}</p>
      <p className="muted">
        {listing.provider.name} · {labels.country(listing.provider.country)} · {labels.code('type', listing.technologyType)} ·{' '}
        {t('listing.trlShort', { trl: listing.trl })}
      </p>
      <ul className="tags" aria-label={t('listing.diseaseAreas')}>
        {listing.diseaseAreas.map((code) => (
          <li key={code}>{labels.code('diseaseArea', code)}</li>
        ))}
      </ul>
    </article>
  )
}
