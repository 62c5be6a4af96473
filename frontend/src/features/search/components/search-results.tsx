import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router-dom'
import { SelectField } from '@/components/ui/field'
import { ErrorAlert, Spinner } from '@/components/ui/feedback'
import { Pager } from '@/components/ui/pager'
import { filtersFromParams, pageFromParams, withFilters } from '@/features/catalog/api/listing-filters'
import { CatalogFilters } from '@/features/catalog/components/catalog-filters'
import { currentLanguage } from '@/lib/i18n'
import { formatNumber } from '@/utils/format'
import { SORTS, useSearch, type Sort } from '../api/search-listings'
import { SearchHitCard } from './search-hit'

const PAGE_SIZE = 20

export function SearchResults() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const q = (params.get('q') ?? '').trim().slice(0, 256)
  const sort: Sort = (SORTS as readonly string[]).includes(params.get('sort') ?? '') ? (params.get('sort') as Sort) : 'relevance'
  const filters = filtersFromParams(params)
  const page = pageFromParams(params)
  const lang = currentLanguage()
  const result = useSearch({ q, lang, page, size: PAGE_SIZE, sort, filters })

  const update = (change: (next: URLSearchParams) => void) => {
    const next = new URLSearchParams(params)
    change(next)
    setParams(next)
  }
  const filtered = Object.keys(filters).length > 0

  return (
    <div className="with-sidebar">
      <aside className="with-sidebar__side">
        <CatalogFilters facets={result.data?.facets} />
      </aside>
      <section className="with-sidebar__main" aria-label={t('search.results')}>
        <div className="results-bar">
          <p className="muted results-bar__count" aria-live="polite">
            {result.data && t('search.count', { count: result.data.total, formatted: formatNumber(result.data.total, lang) })}
          </p>
          <SelectField
            label={t('search.sort')}
            value={sort}
            onChange={(e) =>
              update((next) => {
                next.set('sort', e.target.value)
                next.delete('page')
              })
            }
          >
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`search.sortBy.${s}`)}
              </option>
            ))}
          </SelectField>
        </div>
        {result.isPending ? (
          <Spinner />
        ) : result.isError ? (
          <ErrorAlert error={result.error} onRetry={() => void result.refetch()} />
        ) : (
          <>
            {result.data.concepts.length > 0 && (
              <p className="concepts-understood">
                {t('search.understood')}{' '}
                {result.data.concepts.map((c) => (
                  <span key={c.code} className="chip chip--static">{c.term}</span>
                ))}
              </p>
            )}
            {result.data.hits.length === 0 ? (
              <div className="empty">
                <p>{q ? t('search.empty', { q }) : t('search.emptyNoQuery')}</p>
                <ul className="plain-list empty__tips">
                  {filtered && <li>{t('search.tipFilters')}</li>}
                  <li>{t('search.tipWords')}</li>
                </ul>
                {filtered && (
                  <button type="button" className="btn btn--secondary" onClick={() => setParams(withFilters(params, {}))}>
                    {t('filters.clear')}
                  </button>
                )}
              </div>
            ) : (
              <ul className="card-list">
                {result.data.hits.map((hit) => (
                  <li key={hit.id}>
                    <SearchHitCard hit={hit} />
                  </li>
                ))}
              </ul>
            )}
            <Pager
              page={page}
              size={PAGE_SIZE}
              total={Math.min(result.data.total, 10_000)}
              onPage={(p) => update((next) => (p > 0 ? next.set('page', String(p)) : next.delete('page')))}
            />
          </>
        )}
      </section>
    </div>
  )
}
