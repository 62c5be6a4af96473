import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router-dom'
import { SelectField } from '@/components/ui/field'
import { CONTENT_LANGUAGES } from '@/config/languages'
import type { FacetName } from '@/types/catalog'
import { useCatalogCodes } from '../api/get-codes'
import { filtersFromParams, withFilters, type FilterKey } from '../api/listing-filters'
import { useCodeLabels, type CodeKind } from './code-labels'

type Facets = Partial<Record<FacetName, Record<string, number>>>

const FACET_OF: Partial<Record<FilterKey, FacetName>> = {
  diseaseArea: 'diseaseArea',
  type: 'type',
  country: 'country',
  mode: 'mode',
  language: 'language',
}

// The filters live in the URL (shareable, back button works); changing one rewrites the URL and
// resets the page. On the search page the options carry the facet counts.
export function CatalogFilters({ facets }: { facets?: Facets }) {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const filters = filtersFromParams(params)
  const codes = useCatalogCodes()
  const labels = useCodeLabels()

  const set = (key: FilterKey, value: string) => setParams(withFilters(params, { ...filters, [key]: value }))
  const count = (key: FilterKey, code: string) => {
    const facet = FACET_OF[key]
    const n = facet ? facets?.[facet]?.[code] : undefined
    return n === undefined ? '' : ` (${n})`
  }
  const options = (key: FilterKey, values: string[], label: (code: string) => string) =>
    values.map((code) => (
      <option key={code} value={code}>
        {label(code)}
        {count(key, code)}
      </option>
    ))
  const codeSelect = (key: FilterKey, kind: CodeKind, values: string[] = []) => (
    <SelectField label={t(`filters.${key}`)} value={filters[key] ?? ''} onChange={(e) => set(key, e.target.value)}>
      <option value="">{t('filters.any')}</option>
      {options(key, values, (code) => labels.code(kind, code))}
    </SelectField>
  )
  // Countries: the SCO states, plus any other the facets report.
  const countries = [...new Set([...(codes.data?.defaultTargetCountries ?? []), ...Object.keys(facets?.country ?? {}), ...(filters.country ? [filters.country] : [])])]
  const trl = ['1', '2', '3', '4', '5', '6', '7', '8', '9']
  const active = Object.keys(filters).length > 0
  // Open beside the results on wide screens; folded above them on a phone, so results come first.
  const [open] = useState(() => !window.matchMedia || window.matchMedia('(min-width: 56rem)').matches || active)

  return (
    <details className="filters-panel" open={open}>
      <summary>
        {t('filters.label')}
        {active && ` (${Object.keys(filters).length})`}
      </summary>
    <form className="filters" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
      {codeSelect('diseaseArea', 'diseaseArea', codes.data?.diseaseAreas)}
      {codeSelect('type', 'type', codes.data?.technologyTypes)}
      <div className="filters__range">
        <SelectField label={t('filters.trlMin')} value={filters.trlMin ?? ''} onChange={(e) => set('trlMin', e.target.value)}>
          <option value="">{t('filters.any')}</option>
          {trl.map((n) => <option key={n} value={n}>{n}</option>)}
        </SelectField>
        <SelectField label={t('filters.trlMax')} value={filters.trlMax ?? ''} onChange={(e) => set('trlMax', e.target.value)}>
          <option value="">{t('filters.any')}</option>
          {trl.map((n) => <option key={n} value={n}>{n}</option>)}
        </SelectField>
      </div>
      <SelectField label={t('filters.country')} value={filters.country ?? ''} onChange={(e) => set('country', e.target.value)}>
        <option value="">{t('filters.any')}</option>
        {options('country', countries, labels.country)}
      </SelectField>
      {codeSelect('mode', 'mode', codes.data?.transferModes)}
      <SelectField label={t('filters.language')} value={filters.language ?? ''} onChange={(e) => set('language', e.target.value)}>
        <option value="">{t('filters.any')}</option>
        {options('language', CONTENT_LANGUAGES.map((l) => l.code), labels.language)}
      </SelectField>
      {active && (
        <button type="button" className="btn btn--secondary" onClick={() => setParams(withFilters(params, {}))}>
          {t('filters.clear')}
        </button>
      )}
    </form>
    </details>
  )
}
