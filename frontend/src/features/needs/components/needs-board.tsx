import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router-dom'
import { SelectField, TextField } from '@/components/ui/field'
import { ErrorAlert, Spinner } from '@/components/ui/feedback'
import { needPath } from '@/config/paths'
import { useCodeLabels } from '@/features/catalog/components/code-labels'
import { CountrySelect } from '@/features/institutions/components/country-select'
import { CARE_SETTINGS, DISEASE_AREAS, TECHNOLOGY_TYPES } from '@/types/needs'
import { BOARD_FILTERS, useNeedsBoard, type BoardFilters } from '../api/get-needs-board'
import { NeedBadges } from './need-status'

const PAGE_SIZE = 20

/** The needs board (public and anonymous open needs): filters and a text box kept in the URL. */
export function NeedsBoard() {
  const { t } = useTranslation()
  const labels = useCodeLabels()
  const [params, setParams] = useSearchParams()
  const filters: BoardFilters = Object.fromEntries(BOARD_FILTERS.map((k) => [k, params.get(k) ?? '']).filter(([, v]) => v))
  const page = Math.max(0, Number(params.get('page')) || 0)
  const [text, setText] = useState(filters.text ?? '')
  const board = useNeedsBoard({ filters, page, size: PAGE_SIZE })

  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params)
    if (value) next.set(key, value)
    else next.delete(key)
    if (key !== 'page') next.delete('page')
    setParams(next)
  }
  const select = (key: 'diseaseArea' | 'technologyType' | 'careSetting', label: string, codes: readonly string[], name: (c: string) => string) => (
    <SelectField label={label} value={filters[key] ?? ''} onChange={(e) => setFilter(key, e.target.value)}>
      <option value="">{t('filters.any')}</option>
      {codes.map((c) => (
        <option key={c} value={c}>{name(c)}</option>
      ))}
    </SelectField>
  )

  return (
    <div className="with-sidebar">
      <aside className="with-sidebar__side" aria-label={t('filters.label')}>
        <form
          role="search"
          onSubmit={(e) => {
            e.preventDefault()
            setFilter('text', text.trim().slice(0, 200))
          }}
        >
          <TextField label={t('needs.board.search')} hint={t('needs.board.searchHint')} type="search" maxLength={200} value={text} onChange={(e) => setText(e.target.value)} />
          <button type="submit" className="btn btn--primary">{t('needs.board.searchButton')}</button>
        </form>
        {select('diseaseArea', t('needs.field.diseaseAreas'), DISEASE_AREAS, (c) => labels.code('diseaseArea', c))}
        {select('technologyType', t('needs.field.technologyTypes'), TECHNOLOGY_TYPES, (c) => labels.code('type', c))}
        {select('careSetting', t('needs.field.careSetting'), CARE_SETTINGS, (c) => t(`needs.careSetting.${c}`))}
        <CountrySelect label={t('needs.field.country')} value={filters.country ?? ''} onChange={(e) => setFilter('country', e.target.value)} />
      </aside>
      <section className="with-sidebar__main" aria-label={t('needs.board.results')}>
        {board.isPending ? (
          <Spinner />
        ) : board.isError ? (
          <ErrorAlert error={board.error} onRetry={() => void board.refetch()} />
        ) : board.data.length === 0 ? (
          <p className="empty">{t('needs.board.empty')}</p>
        ) : (
          <ul className="card-list">
            {board.data.map((n) => (
              <li key={n.id} className="card">
                <article aria-labelledby={`board-${n.id}`}>
                  <h2 id={`board-${n.id}`} className="listing-card__title" lang={n.content.language}>
                    <Link to={needPath(n.id)}>{n.content.title ?? n.content.problemStatement.slice(0, 80)}</Link>
                  </h2>
                  <p className="listing-card__meta">
                    <NeedBadges visibility={n.visibility} />{' '}
                    <span className="muted">
                      {[labels.country(n.content.country), t(`needs.careSetting.${n.content.careSetting}`), ...n.content.diseaseAreas.map((a) => labels.code('diseaseArea', a))].join(' · ')}
                    </span>
                  </p>
                  <p lang={n.content.language}>{n.content.problemStatement.slice(0, 300)}</p>
                </article>
              </li>
            ))}
          </ul>
        )}
        <nav className="pager" aria-label={t('pager.label')}>
          <button type="button" className="btn btn--secondary" disabled={page === 0} onClick={() => setFilter('page', String(page - 1))}>{t('needs.board.previous')}</button>{' '}
          <button type="button" className="btn btn--secondary" disabled={(board.data?.length ?? 0) < PAGE_SIZE} onClick={() => setFilter('page', String(page + 1))}>{t('needs.board.next')}</button>
        </nav>
      </section>
    </div>
  )
}
