import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router-dom'
import { Page } from '@/components/layout/page'
import { SearchResults } from '@/features/search/components/search-results'

export function SearchRoute() {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const q = params.get('q')?.trim()
  return (
    <Page title={q ? t('search.titleFor', { q }) : t('search.title')} width="wide">
      <SearchResults />
    </Page>
  )
}
