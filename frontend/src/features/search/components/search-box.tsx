import { useEffect, useId, useState, type FormEvent, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router-dom'
import { listingPath, paths, searchPath } from '@/config/paths'
import { currentLanguage } from '@/lib/i18n'
import type { Suggestion } from '@/types/catalog'
import { searchInputSchema } from '../api/search-listings'
import { useSuggestions } from '../api/suggest'

function useDebounced(value: string, ms: number) {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return debounced
}

// The header's search: a combobox (ARIA 1.2 pattern) with suggestions from the search backend.
export function SearchBox() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const id = useId()
  const [text, setText] = useState(params.get('q') ?? '')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const typed = useDebounced(text, 200)
  const suggestions = useSuggestions(typed, currentLanguage()).data ?? []
  const showList = open && suggestions.length > 0 && text.trim().length >= 2
  const listId = `${id}-list`

  function go(suggestion?: Suggestion) {
    setOpen(false)
    setActive(-1)
    if (suggestion?.kind === 'listing' && suggestion.listingId) {
      void navigate(listingPath(suggestion.listingId))
      return
    }
    const q = suggestion?.text ?? text
    const parsed = searchInputSchema.safeParse({ q })
    if (!parsed.success) return
    setText(parsed.data.q)
    void navigate(searchPath(parsed.data.q))
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    go(active >= 0 ? suggestions[active] : undefined)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' && suggestions.length) {
      event.preventDefault()
      setOpen(true)
      setActive((i) => (i + 1) % suggestions.length)
    } else if (event.key === 'ArrowUp' && suggestions.length) {
      event.preventDefault()
      setActive((i) => (i <= 0 ? suggestions.length - 1 : i - 1))
    } else if (event.key === 'Escape') {
      setOpen(false)
      setActive(-1)
    }
  }

  return (
    <form role="search" className="search-box" action={paths.search} onSubmit={onSubmit}>
      <label htmlFor={`${id}-q`} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={`${id}-q`}
        name="q"
        type="search"
        role="combobox"
        autoComplete="off"
        maxLength={256}
        placeholder={t('search.placeholder')}
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && active >= 0 ? `${id}-opt-${active}` : undefined}
        value={text}
        onChange={(e) => {
          setText(e.target.value)
          setOpen(true)
          setActive(-1)
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <button type="submit" className="btn btn--primary search-box__submit">
        {t('search.submit')}
      </button>
      <ul id={listId} role="listbox" className="search-box__list" aria-label={t('search.suggestions')} hidden={!showList}>
        {showList &&
          suggestions.map((s, i) => (
            <li
              key={`${s.kind}-${s.code ?? s.listingId ?? s.text}`}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              className="search-box__option"
              onMouseDown={(e) => {
                e.preventDefault()
                go(s)
              }}
            >
              {s.text}
              <span className="muted"> · {t(`search.kind.${s.kind}`, { defaultValue: '' })}</span>
            </li>
          ))}
      </ul>
    </form>
  )
}
