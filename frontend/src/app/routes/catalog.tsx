import { useTranslation } from 'react-i18next'
import { Page } from '@/components/layout/page'
import { CatalogBrowser } from '@/features/catalog/components/catalog-browser'

export function CatalogRoute() {
  const { t } = useTranslation()
  return (
    <Page title={t('catalog.title')} intro={t('catalog.intro')} width="wide">
      <CatalogBrowser />
    </Page>
  )
}
