import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router-dom'
import { Page } from '@/components/layout/page'
import { ErrorAlert, Spinner } from '@/components/ui/feedback'
import { RequirePolicy } from '@/features/auth/components/require-policy'
import { useListing } from '@/features/catalog/api/get-listing'
import { ListingForm } from '@/features/listing-editor/components/listing-form'

export function NewListingRoute() {
  const { t } = useTranslation()
  return (
    <RequirePolicy policy="catalog:publish">
      <Page title={t('editor.newTitle')} width="form">
        <ListingForm />
      </Page>
    </RequirePolicy>
  )
}

function EditListing({ id }: { id: string }) {
  const listing = useListing(id)
  if (listing.isPending) return <Spinner />
  if (listing.isError) return <ErrorAlert error={listing.error} onRetry={() => void listing.refetch()} />
  return <ListingForm key={listing.data.id} listing={listing.data} />
}

export function EditListingRoute() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  return (
    <RequirePolicy policy="catalog:publish">
      <Page title={t('editor.editTitle')} width="form">
        <EditListing id={id} />
      </Page>
    </RequirePolicy>
  )
}
