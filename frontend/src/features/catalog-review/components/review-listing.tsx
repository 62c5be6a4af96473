import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router-dom'
import { TextAreaField } from '@/components/ui/field'
import { ErrorAlert, Spinner } from '@/components/ui/feedback'
import { useToast } from '@/components/ui/toast'
import { listingPath, paths } from '@/config/paths'
import { useListing } from '@/features/catalog/api/get-listing'
import { useCodeLabels } from '@/features/catalog/components/code-labels'
import { ListingHistory } from '@/features/catalog/components/listing-history'
import { problemMessage } from '@/lib/problem-message'
import type { ListingContent, ListingView } from '@/types/catalog'
import { fromZod, type FormErrors } from '@/utils/form-errors'
import { requestChangesSchema, useReviewListing } from '../api/review-listing'
import { ListingDiff } from './listing-diff'

const CONTENT_KEYS: (keyof ListingContent)[] = [
  'language', 'title', 'summary', 'description', 'keywords', 'translations', 'diseaseAreas', 'technologyType', 'trl',
  'transferModes', 'clinical', 'requirements', 'transferIncludes', 'ip', 'contact', 'targetCountries', 'trainingLanguages',
]

export function contentOf(view: ListingView): ListingContent {
  return Object.fromEntries(CONTENT_KEYS.map((k) => [k, view[k]])) as ListingContent
}

export function ReviewListing({ id }: { id: string }) {
  const listing = useListing(id)
  if (listing.isPending) return <Spinner />
  if (listing.isError) return <ErrorAlert error={listing.error} onRetry={() => void listing.refetch()} />
  return <ReviewBody listing={listing.data} />
}

function ReviewBody({ listing }: { listing: ListingView }) {
  const { t } = useTranslation()
  const labels = useCodeLabels()
  const toast = useToast()
  const navigate = useNavigate()
  const review = useReviewListing()
  const [comment, setComment] = useState('')
  const [errors, setErrors] = useState<FormErrors>({})
  const revision = listing.pendingRevision
  const awaiting = listing.status === 'SUBMITTED' || revision?.state === 'SUBMITTED'

  const done = (message: string) => () => {
    toast.success(message)
    void navigate(paths.reviewQueue)
  }
  const onError = (error: unknown) => toast.error(problemMessage(error, t))

  function requestChanges(event: FormEvent) {
    event.preventDefault()
    const parsed = requestChangesSchema.safeParse({ comment })
    if (!parsed.success) {
      setErrors(fromZod(parsed.error))
      return
    }
    review.mutate({ id: listing.id, action: 'request-changes', comment: parsed.data.comment }, { onSuccess: done(t('review.changesRequested')), onError })
  }

  return (
    <article aria-labelledby="review-title">
      <h1 id="review-title" lang={listing.language}>{revision?.content.title ?? listing.title}</h1>
      <p className="muted">
        {listing.reference} · {labels.code('status', listing.status)} · {listing.provider.name} ·{' '}
        <Link to={listingPath(listing.id)}>{t('review.openListing')}</Link>
      </p>
      {awaiting ? (
        <div className="review-actions card">
          <button type="button" className="btn btn--primary" disabled={review.isPending}
            onClick={() => review.mutate({ id: listing.id, action: 'publish' }, { onSuccess: done(t('review.publishedDone')), onError })}>
            {t('review.publish')}
          </button>
          <form className="form" onSubmit={requestChanges} noValidate>
            <TextAreaField label={t('review.comment')} hint={t('review.commentHint')} name="comment" value={comment}
              onChange={(e) => { setComment(e.target.value); setErrors({}) }} error={errors.comment} maxLength={4000} />
            <button type="submit" className="btn btn--secondary" disabled={review.isPending}>{t('review.requestChanges')}</button>
          </form>
        </div>
      ) : (
        <p className="alert alert--info">{t('review.notAwaiting')}</p>
      )}
      {listing.status === 'PUBLISHED' && (
        <p>
          <button type="button" className="btn btn--danger" disabled={review.isPending}
            onClick={() => review.mutate({ id: listing.id, action: 'archive' }, { onSuccess: done(t('review.archivedDone')), onError })}>
            {t('review.archive')}
          </button>
        </p>
      )}
      {review.isError && <ErrorAlert error={review.error} />}
      <ListingDiff published={revision ? contentOf(listing) : null} revision={revision ? revision.content : contentOf(listing)} />
      <ListingHistory id={listing.id} />
    </article>
  )
}
