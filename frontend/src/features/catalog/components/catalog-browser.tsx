import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router-dom'
import { ErrorAlert, Spinner } from '@/components/ui/feedback'
import { Pager } from '@/components/ui/pager'
import { useListings } from '../api/get-listings'
import { useUser } from '@/features/auth/api/get-me'
import { can } from '@/lib/authorization'
import { exportUrl, filtersFromParams, pageFromParams, withFilters } from '../api/listing-filters'
import { CatalogFilters } from './catalog-filters'
import { ListingCard } from './listing-card'

const PAGE_SIZE = 20

export function CatalogBrowser() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const filters = filtersFromParams(params)
  const page = pageFromParams(params)
  const listings = useListings({ filters, page, size: PAGE_SIZE })
  const { data: user } = useUser()

  const goTo = (next: number) => {
    const updated = new URLSearchParams(params)
    if (next > 0) updated.set('page', String(next))
    else updated.delete('page')
    setParams(updated)
    window.scrollTo?.(0, 0)
  }

  return (
    <div className="with-sidebar">
      <aside className="with-sidebar__side">
        <CatalogFilters />
      </aside>
      <section className="with-sidebar__main" aria-label={t('catalog.results')}>
        {listings.isPending ? (
          <Spinner />
        ) : listings.isError ? (
          <ErrorAlert error={listings.error} onRetry={() => void listings.refetch()} />
        ) : listings.data.items.length === 0 ? (
          <div className="empty">
            <p>{t('catalog.empty')}</p>
            {Object.keys(filters).length > 0 && (
              <button type="button" className="btn btn--secondary" onClick={() => setParams(withFilters(params, {}))}>
                {t('filters.clear')}
              </button>
            )}
          </div>
        ) : (
          <>
            <p className="muted" aria-live="polite">{t('catalog.count', { count: listings.data.total })}</p>
            <ul className="card-list">
              {listings.data.items.map((listing) => (
                <li key={listing.id}>
                  <ListingCard listing={listing} />
                </li>
              ))}
            </ul>
            <Pager page={page} size={PAGE_SIZE} total={listings.data.total} onPage={goTo} />
            {can(user, 'catalog:review') && (
              <p className="muted">
                {t('catalog.exportLabel')} <a href={exportUrl(filters, 'csv')} download>{t('catalog.exportCsv')}</a>
                {' · '}
                <a href={exportUrl(filters, 'xlsx')} download>{t('catalog.exportXlsx')}</a>
              </p>
            )}
          </>
        )}
      </section>
    </div>
  )
}
