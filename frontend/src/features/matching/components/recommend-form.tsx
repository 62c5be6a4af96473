import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { TextAreaField, TextField } from '@/components/ui/field'
import { ErrorAlert } from '@/components/ui/feedback'
import { searchListings } from '@/features/search/api/search-listings'
import { currentLanguage } from '@/lib/i18n'
import type { SearchHit } from '@/types/catalog'
import { fromApi, type FormErrors } from '@/utils/form-errors'
import { isApiError } from '@/lib/api-client'
import { useRecommendListing } from '../api/recommend-listing'

/**
 * Staff recommend a listing to a need with a note. The listing is found by searching the catalog
 * (any language), so staff never type ids.
 */
export function RecommendForm({ needId, onDone }: { needId: string; onDone?: () => void }) {
  const { t } = useTranslation()
  const [query, setQuery] = useState('')
  const [hits, setHits] = useState<SearchHit[] | null>(null)
  const [listing, setListing] = useState<SearchHit | null>(null)
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<FormErrors>({})
  const [searchError, setSearchError] = useState<unknown>(null)
  const recommend = useRecommendListing()

  async function find() {
    if (!query.trim()) return
    setSearchError(null)
    try {
      const result = await searchListings({ q: query.trim().slice(0, 256), lang: currentLanguage(), page: 0, size: 8, sort: 'relevance', filters: {} })
      setHits(result.hits)
    } catch (e) {
      setSearchError(e)
    }
  }

  async function submit() {
    const own: FormErrors = {}
    if (!listing) own.listingId = { key: 'needs.recommend.chooseListing' }
    if (!note.trim()) own.note = { key: 'validation.required' }
    setErrors(own)
    if (!listing || Object.keys(own).length) return
    try {
      await recommend.mutateAsync({ needId, listingId: listing.id, note })
      setNote('')
      setListing(null)
      setHits(null)
      onDone?.()
    } catch (e) {
      if (isApiError(e)) setErrors(fromApi(e))
    }
  }

  return (
    <div className="form recommend-form">
      <div className="inline-form">
        <TextField
          label={t('needs.recommend.findListing')}
          type="search"
          value={query}
          error={errors.listingId}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              void find()
            }
          }}
        />
        <button type="button" className="btn btn--secondary" onClick={() => void find()}>{t('needs.recommend.search')}</button>
      </div>
      {searchError !== null && <ErrorAlert error={searchError} />}
      {hits && hits.length === 0 && <p className="empty">{t('needs.recommend.noHits')}</p>}
      {hits && hits.length > 0 && (
        <fieldset className="form__section">
          <legend>{t('needs.recommend.listing')}</legend>
          {hits.map((h) => (
            <label key={h.id} className="choice">
              <input type="radio" name={`recommend-${needId}`} checked={listing?.id === h.id} onChange={() => setListing(h)} />
              <span lang={h.language}>{`${h.reference} · ${h.title} · ${h.providerName}`}</span>
            </label>
          ))}
        </fieldset>
      )}
      <TextAreaField label={t('needs.recommend.note')} rows={2} maxLength={2000} value={note} error={errors.note} onChange={(e) => setNote(e.target.value)} />
      {recommend.isError && <ErrorAlert error={recommend.error} />}
      {recommend.isSuccess && <p className="alert alert--info" role="status">{t('needs.recommend.done')}</p>}
      <button type="button" className="btn btn--primary" disabled={recommend.isPending} onClick={() => void submit()}>
        {t('needs.recommend.submit')}
      </button>
    </div>
  )
}
