import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { listingPath } from '@/config/paths'
import { languageName } from '@/features/catalog/components/code-labels'
import { currentLanguage } from '@/lib/i18n'
import { useSimilar } from '../api/get-similar'

/** "Similar technologies" in any language; hidden when the search backend has none. */
export function SimilarListings({ id }: { id: string }) {
  const { t } = useTranslation()
  const similar = useSimilar(id, currentLanguage(), true)
  if (!similar.data?.length) return null
  return (
    <section aria-labelledby="sec-similar" className="listing-section">
      <h2 id="sec-similar">{t('search.similar')}</h2>
      <ul className="plain-list">
        {similar.data.map((hit) => (
          <li key={hit.id}>
            <Link to={listingPath(hit.id)}>{hit.title}</Link> <span className="badge badge--lang">{languageName(hit.language)}</span>{' '}
            <span className="muted">{hit.providerName}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
