import { z } from 'zod'

// The catalog's and the search's filters, as the URL keeps them and the API takes them (the
// same parameter names on /api/listings and /api/search).
export const FILTER_KEYS = ['diseaseArea', 'type', 'trlMin', 'trlMax', 'country', 'mode', 'language'] as const
export type FilterKey = (typeof FILTER_KEYS)[number]
export type ListingFilters = Partial<Record<FilterKey, string>>

const trl = z.coerce.number().int().min(1).max(9)
const code = z.string().regex(/^[A-Za-z_-]{1,40}$/)

/** Reads the filters from URL parameters, dropping values the API would reject. */
export function filtersFromParams(params: URLSearchParams): ListingFilters {
  const filters: ListingFilters = {}
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim()
    if (!value) continue
    const ok = key === 'trlMin' || key === 'trlMax' ? trl.safeParse(value).success : code.safeParse(value).success
    if (ok) filters[key] = value
  }
  return filters
}

/** Writes filters into URL parameters (other parameters kept, the page reset). */
export function withFilters(params: URLSearchParams, filters: ListingFilters): URLSearchParams {
  const next = new URLSearchParams(params)
  for (const key of FILTER_KEYS) {
    const value = filters[key]
    if (value) next.set(key, value)
    else next.delete(key)
  }
  next.delete('page')
  return next
}

export function pageFromParams(params: URLSearchParams): number {
  const page = z.coerce.number().int().min(0).max(10_000).safeParse(params.get('page') ?? 0)
  return page.success ? page.data : 0
}

export function filterQuery(filters: ListingFilters): URLSearchParams {
  const params = new URLSearchParams()
  for (const key of FILTER_KEYS) if (filters[key]) params.set(key, filters[key])
  return params
}

/** The staff export of the published listings that the catalog shows under these filters. */
export function exportUrl(filters: ListingFilters, format: 'csv' | 'xlsx'): string {
  const params = filterQuery(filters)
  params.set('format', format)
  return `/api/staff/listings/export?${params.toString()}`
}
