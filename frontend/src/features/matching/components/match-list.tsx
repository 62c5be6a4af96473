import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert, Spinner } from '@/components/ui/feedback'
import { useListingDemand } from '../api/get-listing-demand'
import { useNeedMatches } from '../api/get-need-matches'
import { MatchCard } from './match-card'

/** A need's ranked matches (curated first, as the server orders them), optionally with dismissed ones. */
export function NeedMatches({ needId, canDismiss, canMarkMatched = false }: { needId: string; canDismiss: boolean; canMarkMatched?: boolean }) {
  const { t } = useTranslation()
  const [showDismissed, setShowDismissed] = useState(false)
  const matches = useNeedMatches(needId, showDismissed)
  return (
    <section aria-labelledby="need-matches" className="match-list">
      <h2 id="need-matches">{t('needs.match.title')}</h2>
      <label className="choice choice--inline">
        <input type="checkbox" checked={showDismissed} onChange={(e) => setShowDismissed(e.target.checked)} />
        <span>{t('needs.match.showDismissed')}</span>
      </label>
      {matches.isPending ? (
        <Spinner />
      ) : matches.isError ? (
        <ErrorAlert error={matches.error} onRetry={() => void matches.refetch()} />
      ) : matches.data.length === 0 ? (
        <p className="empty">{t('needs.match.none')}</p>
      ) : (
        <ol className="card-list">
          {matches.data.map((m) => (
            <MatchCard key={m.listingId} match={m} side="need" canDismiss={canDismiss} canMarkMatched={canMarkMatched} />
          ))}
        </ol>
      )}
    </section>
  )
}

/** The open needs that fit one listing: the provider's demand. */
export function ListingDemand({ listingId }: { listingId: string }) {
  const { t } = useTranslation()
  const demand = useListingDemand(listingId)
  if (demand.isPending) return <Spinner />
  if (demand.isError) return <ErrorAlert error={demand.error} onRetry={() => void demand.refetch()} />
  if (demand.data.length === 0) return <p className="empty">{t('needs.demand.none')}</p>
  return (
    <ol className="card-list">
      {demand.data.map((m) => (
        <MatchCard key={m.needId} match={m} side="listing" canDismiss />
      ))}
    </ol>
  )
}
