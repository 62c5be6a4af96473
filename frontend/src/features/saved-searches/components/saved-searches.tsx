import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { ErrorAlert, Spinner } from '@/components/ui/feedback'
import { listingPath, paths } from '@/config/paths'
import { useCodeLabels } from '@/features/catalog/components/code-labels'
import { currentLanguage } from '@/lib/i18n'
import { formatDate } from '@/utils/format'
import { useDeleteSearch, useSavedSearches, useSearchAlerts } from '../api/saved-searches'

/** The user's saved searches (run again, delete) and the alerts: new listings that matched one. */
export function SavedSearches() {
  const { t } = useTranslation()
  const labels = useCodeLabels()
  const searches = useSavedSearches()
  const alerts = useSearchAlerts()
  const remove = useDeleteSearch()
  const lang = currentLanguage()
  const nameOf = (id: string) => searches.data?.find((s) => s.id === id)?.name ?? ''
  const rerun = (s: { text: string; diseaseArea: string | null; technologyType: string | null; country: string | null }) => {
    const p = new URLSearchParams({ q: s.text })
    if (s.diseaseArea) p.set('diseaseArea', s.diseaseArea)
    if (s.technologyType) p.set('type', s.technologyType)
    if (s.country) p.set('country', s.country)
    return `${paths.search}?${p}`
  }
  return (
    <>
      <section aria-labelledby="saved-list">
        <h2 id="saved-list">{t('savedSearches.list')}</h2>
        {searches.isPending ? (
          <Spinner />
        ) : searches.isError ? (
          <ErrorAlert error={searches.error} onRetry={() => void searches.refetch()} />
        ) : searches.data.length === 0 ? (
          <p className="empty">{t('savedSearches.empty')}</p>
        ) : (
          <ul className="card-list">
            {searches.data.map((s) => (
              <li key={s.id} className="card">
                <h3 className="listing-card__title">
                  <Link to={rerun(s)}>{s.name}</Link>
                </h3>
                <p className="muted">
                  {[
                    `«${s.text}»`,
                    s.diseaseArea && labels.code('diseaseArea', s.diseaseArea),
                    s.technologyType && labels.code('type', s.technologyType),
                    s.country && labels.country(s.country),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                <button type="button" className="btn btn--link" disabled={remove.isPending} onClick={() => remove.mutate(s.id)}>
                  {t('savedSearches.delete', { name: s.name })}
                </button>
              </li>
            ))}
          </ul>
        )}
        {remove.isError && <ErrorAlert error={remove.error} />}
      </section>
      <section aria-labelledby="saved-alerts">
        <h2 id="saved-alerts">{t('savedSearches.alerts')}</h2>
        {alerts.isPending ? (
          <Spinner />
        ) : alerts.isError ? (
          <ErrorAlert error={alerts.error} onRetry={() => void alerts.refetch()} />
        ) : alerts.data.length === 0 ? (
          <p className="empty">{t('savedSearches.noAlerts')}</p>
        ) : (
          <ul className="card-list">
            {alerts.data.map((a) => (
              <li key={a.id} className="card">
                <Link to={listingPath(a.listingId)}>{a.title ?? a.reference}</Link>{' '}
                <span className="muted">
                  {t('savedSearches.alertFor', { name: nameOf(a.searchId), date: formatDate(a.at, lang) })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}
