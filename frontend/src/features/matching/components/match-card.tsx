import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { SelectField, TextAreaField } from '@/components/ui/field'
import { ErrorAlert } from '@/components/ui/feedback'
import { listingPath, needPath } from '@/config/paths'
import { useCodeLabels } from '@/features/catalog/components/code-labels'
import { useMarkNeedMatched } from '@/features/needs/api/save-need'
import { DISMISSAL_REASONS, type MatchView } from '@/types/needs'
import { useDismissMatch } from '../api/dismiss-match'
import { explain } from './explain'

/** The score as a bar and a number (0–100), coloured by band. */
export function ScoreBadge({ score }: { score: number }) {
  const { t } = useTranslation()
  const band = score >= 60 ? 'good' : score >= 40 ? 'fair' : 'weak'
  return (
    <span className={`match-score match-score--${band}`} title={t('needs.match.scoreHelp')}>
      <span className="match-score__bar" aria-hidden="true">
        <span style={{ width: `${Math.max(0, Math.min(100, score))}%` }} />
      </span>
      <span>{t('needs.match.score', { score })}</span>
    </span>
  )
}

/**
 * One ranked match with its explanation: what raised the score and, highlighted, the gaps that
 * lowered it. `side` says whose list this is (the need's matches or a listing's demand).
 * `canMarkMatched`: the need's owner, while it is open, may say "this is the one".
 */
export function MatchCard({
  match,
  side,
  canDismiss,
  canMarkMatched = false,
}: {
  match: MatchView
  side: 'need' | 'listing'
  canDismiss: boolean
  canMarkMatched?: boolean
}) {
  const { t } = useTranslation()
  const labels = useCodeLabels()
  const [dismissing, setDismissing] = useState(false)
  const [reason, setReason] = useState<string>('NOT_RELEVANT')
  const [note, setNote] = useState('')
  const dismiss = useDismissMatch()
  const markMatched = useMarkNeedMatched()
  const headingId = `match-${match.needId}-${match.listingId}`

  const title =
    side === 'need'
      ? match.listing && (
          <Link to={listingPath(match.listing.id)} lang={match.listing.language}>
            {match.listing.title ?? match.listing.reference}
          </Link>
        )
      : match.need && <Link to={needPath(match.need.id)}>{match.need.title ?? t('needs.untitled')}</Link>

  return (
    <li className={`card match-card${match.curated ? ' match-card--curated' : ''}${match.dismissal ? ' match-card--dismissed' : ''}`}>
      <article aria-labelledby={headingId}>
        <header className="match-card__head">
          <h3 id={headingId} className="listing-card__title">{title}</h3>
          <ScoreBadge score={match.score} />
        </header>
        {match.curated && (
          <p className="match-card__curated">
            <span className="badge badge--verified">{t('needs.match.curated')}</span> {match.curatedNote}
          </p>
        )}
        <p className="listing-card__meta muted">
          {side === 'need' && match.listing
            ? [match.listing.reference, match.listing.providerName, labels.country(match.listing.providerCountry), labels.code('type', match.listing.technologyType), t('needs.match.trl', { trl: match.listing.trl })].join(' · ')
            : match.need &&
              [labels.country(match.need.country), t(`needs.careSetting.${match.need.careSetting}`), ...match.need.diseaseAreas.map((a) => labels.code('diseaseArea', a))].join(' · ')}
        </p>
        <div className="match-card__explain">
          {match.reasons.length > 0 && (
            <div>
              <h4>{t('needs.match.reasons')}</h4>
              <ul className="match-reasons">
                {match.reasons.map((r, i) => (
                  <li key={i} data-code={r.code}>{explain(r, labels, t)}</li>
                ))}
              </ul>
            </div>
          )}
          {match.gaps.length > 0 && (
            <div>
              <h4>{t('needs.match.gaps')}</h4>
              <ul className="match-gaps">
                {match.gaps.map((g, i) => (
                  <li key={i} data-code={g.code}>
                    <mark>{explain(g, labels, t)}</mark>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
        {canMarkMatched && !match.dismissal && (
          <p>
            <button
              type="button"
              className="btn btn--secondary"
              disabled={markMatched.isPending}
              onClick={() => markMatched.mutate({ id: match.needId, listingId: match.listingId })}
            >
              {t('needs.match.markMatched')}
            </button>
          </p>
        )}
        {markMatched.isError && <ErrorAlert error={markMatched.error} />}
        {match.dismissal ? (
          <p className="muted">{t('needs.match.dismissedAs', { reason: t(`needs.dismissReason.${match.dismissal.reason}`) })}</p>
        ) : (
          canDismiss &&
          (dismissing ? (
            <form
              className="form match-card__dismiss"
              onSubmit={(e) => {
                e.preventDefault()
                dismiss.mutate({ side, needId: match.needId, listingId: match.listingId, reason, note })
              }}
            >
              <SelectField label={t('needs.match.dismissReason')} value={reason} onChange={(e) => setReason(e.target.value)}>
                {DISMISSAL_REASONS.map((r) => (
                  <option key={r} value={r}>{t(`needs.dismissReason.${r}`)}</option>
                ))}
              </SelectField>
              <TextAreaField label={t('needs.match.dismissNote')} optional maxLength={1000} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
              {dismiss.isError && <ErrorAlert error={dismiss.error} />}
              <button type="submit" className="btn btn--secondary" disabled={dismiss.isPending}>{t('needs.match.confirmDismiss')}</button>{' '}
              <button type="button" className="btn btn--link" onClick={() => setDismissing(false)}>{t('common.cancel')}</button>
            </form>
          ) : (
            <button type="button" className="btn btn--link" onClick={() => setDismissing(true)}>{t('needs.match.dismiss')}</button>
          ))
        )}
      </article>
    </li>
  )
}
