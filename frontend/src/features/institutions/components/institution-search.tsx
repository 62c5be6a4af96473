import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '@/components/ui/feedback'
import { TextField } from '@/components/ui/field'
import { currentLanguage } from '@/lib/i18n'
import type { FieldMessage } from '@/utils/form-errors'
import { countryName } from '@/utils/format'
import { useSearchInstitutions } from '../api/search-institutions'

type Props = { value?: string; onChange: (id: string | undefined) => void; error?: FieldMessage }

/** Find an existing institution by name (any script) and pick it from a radio list. */
export function InstitutionSearch({ value, onChange, error }: Props) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const [query, setQuery] = useState('')
  const results = useSearchInstitutions(query)
  const listLabel = useId()
  const language = currentLanguage()

  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(text), 250) // debounce typing
    return () => window.clearTimeout(timer)
  }, [text])

  const searching = query.trim().length >= 2
  return (
    <div className="institution-search">
      <TextField
        label={t('register.search')}
        hint={t('register.searchHint')}
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={error}
      />
      <div aria-live="polite">
        {searching && results.isFetching && !results.data && <p className="muted">{t('register.searching')}</p>}
        {searching && results.isError && <ErrorAlert error={results.error} />}
        {searching && results.data?.length === 0 && <p className="muted">{t('register.noResults')}</p>}
      </div>
      {searching && !!results.data?.length && (
        <fieldset className="choice-list">
          <legend id={listLabel} className="visually-hidden">
            {t('register.results')}
          </legend>
          {results.data.map((institution) => (
            <label key={institution.id} className="choice">
              <input
                type="radio"
                name="institutionId"
                value={institution.id}
                checked={value === institution.id}
                onChange={() => onChange(institution.id)}
              />
              <span>
                <strong>{institution.name}</strong>
                {institution.nameLatin && institution.nameLatin !== institution.name && <> · {institution.nameLatin}</>}
                <br />
                <span className="muted">
                  {institution.city}, {countryName(institution.country, language)} · {t(`institutionType.${institution.type}`)} ·{' '}
                  {t(`status.${institution.status}`)}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
    </div>
  )
}
