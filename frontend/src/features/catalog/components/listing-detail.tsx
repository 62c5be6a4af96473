import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { ErrorAlert, Spinner } from '@/components/ui/feedback'
import { applyPath, editListingPath, paths } from '@/config/paths'
import { useUser } from '@/features/auth/api/get-me'
import { SimilarListings } from '@/features/search/components/similar-listings'
import { can, hasRole } from '@/lib/authorization'
import { currentLanguage } from '@/lib/i18n'
import type { ListingView } from '@/types/catalog'
import { formatDate } from '@/utils/format'
import { useListing } from '../api/get-listing'
import { useRenewListing } from '../api/renew-listing'
import { useCodeLabels } from './code-labels'
import { ListingHistory } from './listing-history'
import { ListingSections } from './listing-sections'
import { TranslationReview } from './translation-review'

export function ListingDetail({ id }: { id: string }) {
  const listing = useListing(id)
  if (listing.isPending) return <Spinner />
  if (listing.isError) return <ErrorAlert error={listing.error} onRetry={() => void listing.refetch()} />
  return <ListingBody listing={listing.data} />
}

/** A translation's text, or the original when "" is chosen. */
function textIn(listing: ListingView, lang: string) {
  const tr = lang ? listing.translations[lang] : undefined
  return tr
    ? { lang, title: tr.title, summary: tr.summary ?? '', description: tr.description ?? '', source: tr.source }
    : { lang: listing.language, title: listing.title, summary: listing.summary, description: listing.description, source: undefined }
}

function ListingBody({ listing }: { listing: ListingView }) {
  const { t } = useTranslation()
  const labels = useCodeLabels()
  const { data: user } = useUser()
  // The original language first; the reader may switch to a translation.
  const [shown, setShown] = useState('')
  const [reviewing, setReviewing] = useState(false)
  const text = textIn(listing, shown)
  const translations = Object.keys(listing.translations)
  const insider = !!user && (hasRole(user, 'STAFF') || user.institution?.id === listing.provider.institutionId)
  const owner = can(user, 'catalog:publish') && user?.institution?.id === listing.provider.institutionId
  const lang = currentLanguage()
  useEffect(() => {
    document.title = t('app.documentTitle', { page: text.title })
  }, [t, text.title])

  return (
    <article className="listing" aria-labelledby="listing-title">
      <p className="muted listing__ref">
        {listing.reference} · <span className="badge badge--lang">{labels.language(listing.language)}</span>
        {listing.status !== 'PUBLISHED' && <> · <span className="badge badge--pending">{labels.code('status', listing.status)}</span></>}
      </p>
      <h1 id="listing-title" lang={text.lang}>{text.title}</h1>
      {translations.length > 0 && (
        <div className="lang-switch" role="group" aria-label={t('listing.showIn')}>
          <button type="button" className="chip" aria-pressed={shown === ''} onClick={() => { setShown(''); setReviewing(false) }}>
            {labels.language(listing.language)} · {t('listing.original')}
          </button>
          {translations.map((code) => (
            <button key={code} type="button" className="chip" aria-pressed={shown === code} onClick={() => { setShown(code); setReviewing(false) }}>
              {labels.language(code)}
            </button>
          ))}
        </div>
      )}
      {text.source && (
        <p className="alert alert--info">
          {t(text.source === 'STAFF_REVIEWED' ? 'listing.translationReviewed' : 'listing.translationProvider')}{' '}
          {hasRole(user, 'STAFF') && !reviewing && (
            <button type="button" className="btn btn--secondary" onClick={() => setReviewing(true)}>{t('listing.reviewTranslation')}</button>
          )}
        </p>
      )}
      {reviewing && shown && <TranslationReview listing={listing} language={shown} onDone={() => setReviewing(false)} />}
      {insider && listing.staffComment && (
        <div className="alert alert--warning" role="note">
          <strong>{t('listing.staffComment')}</strong> {listing.staffComment}
        </div>
      )}
      {owner && ['DRAFT', 'CHANGES_REQUESTED', 'PUBLISHED'].includes(listing.status) && (
        <p>
          <Link className="btn btn--secondary" to={editListingPath(listing.id)}>{t('listing.edit')}</Link>
        </p>
      )}
      {owner && listing.status === 'PUBLISHED' && listing.expiresAt && <RenewListing listing={listing} />}
      {listing.status === 'PUBLISHED' && can(user, 'transfers:apply') && user?.institution?.id !== listing.provider.institutionId && (
        <p>
          <Link className="btn btn--primary" to={applyPath(listing.id)}>{t('transfers.apply.button')}</Link>
        </p>
      )}
      <p className="listing__summary" lang={text.lang}>{text.summary}</p>
      <div className="listing__description" lang={text.lang}>{text.description}</div>

      <ListingSections listing={listing} />

      <section aria-labelledby="sec-provider" className="listing-section">
        <h2 id="sec-provider">{t('listing.provider')}</h2>
        <p>
          {listing.provider.name}
          {listing.provider.nameLatin && listing.provider.nameLatin !== listing.provider.name && <> ({listing.provider.nameLatin})</>} ·{' '}
          {labels.country(listing.provider.country)}
        </p>
        {listing.contact ? (
          <dl className="listing-facts">
            <dt>{t('listing.contact')}</dt>
            <dd>
              {listing.contact.name}
              {listing.contact.position && <>, {listing.contact.position}</>}
              {listing.contact.email && <> · <a href={`mailto:${listing.contact.email}`}>{listing.contact.email}</a></>}
              {listing.contact.phone && <> · {listing.contact.phone}</>}
            </dd>
          </dl>
        ) : (
          !user && (
            <p className="muted">
              <Link to={paths.login}>{t('listing.signInForContact')}</Link>
            </p>
          )
        )}
      </section>

      {listing.attachments.length > 0 && (
        <section aria-labelledby="sec-files" className="listing-section">
          <h2 id="sec-files">{t('listing.attachments')}</h2>
          <ul className="plain-list">
            {listing.attachments.map((a) => (
              <li key={a.id}>
                <a href={a.url} download>{a.fileName}</a> <span className="muted">({Math.max(1, Math.round(a.size / 1024))} KB)</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {listing.publishedAt && (
        <p className="muted">{t('listing.publishedOn', { date: formatDate(listing.publishedAt, lang) })}</p>
      )}
      {insider && <ListingHistory id={listing.id} />}
      {listing.status === 'PUBLISHED' && <SimilarListings id={listing.id} />}
    </article>
  )
}

/** The owner keeps a published listing public for another period before it expires. */
function RenewListing({ listing }: { listing: ListingView }) {
  const { t } = useTranslation()
  const renew = useRenewListing()
  return (
    <div className="alert alert--info" role="note">
      {t('listing.publicUntil', { date: formatDate(listing.expiresAt, currentLanguage()) })}{' '}
      <button type="button" className="btn btn--secondary" disabled={renew.isPending} onClick={() => renew.mutate(listing.id)}>
        {t('listing.renew')}
      </button>
      {renew.isSuccess && <span role="status"> {t('listing.renewed')}</span>}
      {renew.isError && <ErrorAlert error={renew.error} />}
    </div>
  )
}
