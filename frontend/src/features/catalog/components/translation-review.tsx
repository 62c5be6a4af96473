import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '@/components/ui/feedback'
import { TextAreaField, TextField } from '@/components/ui/field'
import { ApiError } from '@/lib/api-client'
import type { ListingView } from '@/types/catalog'
import { fromApi } from '@/utils/form-errors'
import { useReviewTranslation } from '../api/review-translation'
import { useCodeLabels } from './code-labels'

/**
 * Center staff check a translation beside the original and save it as reviewed; the original is
 * never touched. Saving marks the translation STAFF_REVIEWED, which readers then see.
 */
export function TranslationReview({ listing, language, onDone }: { listing: ListingView; language: string; onDone: () => void }) {
  const { t } = useTranslation()
  const labels = useCodeLabels()
  const review = useReviewTranslation()
  const current = listing.translations[language]
  const [text, setText] = useState({
    title: current?.title ?? '',
    summary: current?.summary ?? '',
    description: current?.description ?? '',
    keywords: (current?.keywords ?? []).join(', '),
  })
  const errors = review.error instanceof ApiError ? fromApi(review.error) : {}
  const field = (name: keyof typeof text) => ({
    name,
    value: text[name],
    error: errors[name],
    onChange: (e: { target: { value: string } }) => setText({ ...text, [name]: e.target.value }),
  })
  const save = () =>
    review.mutate(
      {
        id: listing.id,
        language,
        translation: {
          title: text.title.trim(),
          summary: text.summary.trim() || null,
          description: text.description.trim() || null,
          keywords: text.keywords.split(/[,，、;]/).map((k) => k.trim()).filter(Boolean),
        },
      },
      { onSuccess: onDone },
    )
  return (
    <section className="listing-section" aria-labelledby="translation-review">
      <h2 id="translation-review">{t('listing.reviewTranslationTitle', { language: labels.language(language) })}</h2>
      <div className="diff">
        <div className="diff__side" lang={listing.language}>
          <h3>{t('listing.original')} · {labels.language(listing.language)}</h3>
          <p><strong>{listing.title}</strong></p>
          <p>{listing.summary}</p>
          <p className="listing__description">{listing.description}</p>
          <p className="muted">{listing.keywords.join(', ')}</p>
        </div>
        <div className="diff__side" lang={language}>
          <TextField label={t('editor.title')} {...field('title')} />
          <TextAreaField label={t('editor.summary')} rows={3} maxLength={500} optional {...field('summary')} />
          <TextAreaField label={t('editor.description')} rows={8} optional {...field('description')} />
          <TextField label={t('editor.keywords')} hint={t('editor.commaHint')} optional {...field('keywords')} />
        </div>
      </div>
      {review.isError && !(review.error instanceof ApiError && review.error.fieldErrors.length > 0) && <ErrorAlert error={review.error} />}
      <p>
        <button type="button" className="btn" disabled={review.isPending} onClick={save}>{t('listing.saveReviewedTranslation')}</button>{' '}
        <button type="button" className="btn btn--secondary" onClick={onDone}>{t('listing.cancel')}</button>
      </p>
    </section>
  )
}
