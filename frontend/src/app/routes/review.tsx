import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router-dom'
import { Page } from '@/components/layout/page'
import { RequirePolicy } from '@/features/auth/components/require-policy'
import { ImportForm } from '@/features/catalog-review/components/import-form'
import { ReviewListing } from '@/features/catalog-review/components/review-listing'
import { ReviewQueue } from '@/features/catalog-review/components/review-queue'

export function ReviewQueueRoute() {
  const { t } = useTranslation()
  return (
    <RequirePolicy policy="catalog:review">
      <Page title={t('review.title')} intro={t('review.intro')} width="wide">
        <ReviewQueue />
      </Page>
    </RequirePolicy>
  )
}

export function ReviewListingRoute() {
  const { id = '' } = useParams()
  return (
    <RequirePolicy policy="catalog:review">
      <div className="page page--wide">
        <ReviewListing id={id} />
      </div>
    </RequirePolicy>
  )
}

export function CatalogImportRoute() {
  const { t } = useTranslation()
  return (
    <RequirePolicy policy="catalog:import">
      <Page title={t('import.title')} intro={t('import.intro')}>
        <ImportForm />
      </Page>
    </RequirePolicy>
  )
}
