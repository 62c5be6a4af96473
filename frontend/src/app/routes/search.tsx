import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router-dom'
import { Page } from '@/components/layout/page'
import { SearchResults } from '@/features/search/components/search-results'
import { useUser } from '@/features/auth/api/get-me'
import { SaveSearchButton } from '@/features/saved-searches/components/save-search-button'
import { can } from '@/lib/authorization'

export function SearchRoute() {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const { data: user } = useUser()
  const q = params.get('q')?.trim()
  return (
    <Page title={q ? t('search.titleFor', { q }) : t('search.title')} width="wide">
      {can(user, 'searches:save') && <SaveSearchButton params={params} />}
      <SearchResults />
    </Page>
  )
}
