import { useParams } from 'react-router-dom'
import { ListingDetail } from '@/features/catalog/components/listing-detail'

export function ListingRoute() {
  const { id = '' } = useParams()
  return (
    <div className="page">
      <ListingDetail id={id} />
    </div>
  )
}
