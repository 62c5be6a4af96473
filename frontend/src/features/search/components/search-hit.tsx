import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { listingPath } from '@/config/paths'
import { useCodeLabels } from '@/features/catalog/components/code-labels'
import type { SearchHit } from '@/types/catalog'
import { HighlightedText } from './highlighted-text'

/** One result: highlighted title and snippet, the listing's language, and for cross-lingual hits the concept that matched. */
export function SearchHitCard({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation()
  const labels = useCodeLabels()
  const snippet = hit.highlights?.summary ?? hit.highlights?.description
  const crossLingual = hit.matchedConcepts.filter((c) => c.listingTerm && c.listingTerm !== c.term)
  return (
    <article className="card listing-card search-hit" aria-labelledby={`hit-${hit.id}`}>
      <h2 id={`hit-${hit.id}`} className="listing-card__title">
        <Link to={listingPath(hit.id)}>{hit.highlights?.title ? <HighlightedText snippet={hit.highlights.title} /> : hit.title}</Link>
      </h2>
      <p className="listing-card__meta">
        <span className="badge badge--lang" aria-label={t('search.languageOf', { language: labels.language(hit.language) })}>
          {labels.language(hit.language)}
        </span>
      </p>
      <p className="search-hit__snippet">{snippet ? <HighlightedText snippet={snippet} /> : hit.summary}</p>
      {crossLingual.length > 0 && (
        <ul className="concept-list" aria-label={t('search.matchedConcepts')}>
          {crossLingual.map((c) => (
            <li key={c.code} className="concept">
              <span lang={hit.language}>{c.listingTerm}</span> = <span>{c.term}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="muted">
        {hit.providerName} · {labels.country(hit.providerCountry)} · {labels.code('type', hit.technologyType)} · {t('listing.trlShort', { trl: hit.trl })}
      </p>
    </article>
  )
}
