import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { TextField } from '@/components/ui/field'
import { ErrorAlert } from '@/components/ui/feedback'
import { paths } from '@/config/paths'
import { currentLanguage } from '@/lib/i18n'
import { useSaveSearch, type NewSavedSearch } from '../api/saved-searches'

/** What the search page's URL holds, as a saved search (the filters the alerts understand). */
export function savedSearchFrom(params: URLSearchParams, name: string, language: string): NewSavedSearch {
  const opt = (key: string) => params.get(key)?.trim() || undefined
  return {
    name: name.trim().slice(0, 100),
    text: (params.get('q') ?? '').trim().slice(0, 500),
    language,
    diseaseArea: opt('diseaseArea'),
    technologyType: opt('type'),
    country: opt('country'),
  }
}

/** "Save this search" on the search page: a name, then the alerts page lists new matching listings. */
export function SaveSearchButton({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation()
  const q = (params.get('q') ?? '').trim()
  const [open, setOpen] = useState(false)
  const [name, setName] = useState(q)
  const save = useSaveSearch()
  if (!q) return null
  if (save.isSuccess)
    return (
      <p className="alert alert--info" role="status">
        {t('savedSearches.saved')} <Link to={paths.savedSearches}>{t('savedSearches.manage')}</Link>
      </p>
    )
  if (!open)
    return (
      <button type="button" className="btn btn--secondary" onClick={() => setOpen(true)}>
        {t('savedSearches.save')}
      </button>
    )
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault()
        if (name.trim()) save.mutate(savedSearchFrom(params, name, currentLanguage()))
      }}
    >
      <TextField label={t('savedSearches.name')} maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
      <button type="submit" className="btn btn--primary" disabled={save.isPending || !name.trim()}>{t('savedSearches.confirm')}</button>
      {save.isError && <ErrorAlert error={save.error} />}
    </form>
  )
}
