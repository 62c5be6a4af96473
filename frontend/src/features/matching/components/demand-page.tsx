import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router-dom'
import { SelectField } from '@/components/ui/field'
import { ErrorAlert, Spinner } from '@/components/ui/feedback'
import { useMyListings } from '@/features/listing-editor/api/get-my-listings'
import { ListingDemand } from './match-list'

/** "Demand for my technologies": pick one of the provider's published listings, see the needs it fits. */
export function DemandForMyListings() {
  const { t } = useTranslation()
  const listings = useMyListings()
  const [params, setParams] = useSearchParams()
  if (listings.isPending) return <Spinner />
  if (listings.isError) return <ErrorAlert error={listings.error} onRetry={() => void listings.refetch()} />
  const published = listings.data.filter((l) => l.status === 'PUBLISHED')
  if (published.length === 0) return <p className="empty">{t('needs.demand.noListings')}</p>
  const chosen = published.find((l) => l.id === params.get('listing')) ?? published[0]
  return (
    <>
      <SelectField label={t('needs.demand.listing')} value={chosen.id} onChange={(e) => setParams({ listing: e.target.value })}>
        {published.map((l) => (
          <option key={l.id} value={l.id}>{`${l.reference} · ${l.title}`}</option>
        ))}
      </SelectField>
      <ListingDemand key={chosen.id} listingId={chosen.id} />
    </>
  )
}
