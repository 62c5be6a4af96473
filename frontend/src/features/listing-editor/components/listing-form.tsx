import { useQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router-dom'
import { ErrorAlert } from '@/components/ui/feedback'
import { useToast } from '@/components/ui/toast'
import { listingPath } from '@/config/paths'
import { listingQueryOptions } from '@/features/catalog/api/get-listing'
import { isApiError } from '@/lib/api-client'
import { currentLanguage } from '@/lib/i18n'
import { problemMessage } from '@/lib/problem-message'
import type { ListingContent, ListingView } from '@/types/catalog'
import { fromApi, fromZod, type FieldMessage, type FormErrors } from '@/utils/form-errors'
import { basicsSchema, classificationSchema, useSaveListing } from '../api/save-listing'
import { useSubmitListing } from '../api/submit-listing'
import { AttachmentsEditor } from './attachments-editor'
import { emptyState, fromContent, STEPS, stepOf, toContent, type FormState } from './form-state'
import { BasicsStep, ClassificationStep, ContactStep, DetailsStep, type StepProps } from './listing-form-steps'

/** What the provider edits: a pending revision if there is one, else the listing itself. */
const editableContent = (listing: ListingView): ListingContent => listing.pendingRevision?.content ?? listing

export function ListingForm({ listing }: { listing?: ListingView }) {
  const { t } = useTranslation()
  const toast = useToast()
  const navigate = useNavigate()
  const [form, setForm] = useState<FormState>(() => (listing ? fromContent(editableContent(listing)) : emptyState(currentLanguage())))
  const [step, setStep] = useState(0)
  const [errors, setErrors] = useState<FormErrors>({})
  const [id, setId] = useState(listing?.id)
  const saved = useQuery({ ...listingQueryOptions(id ?? ''), enabled: !!id, initialData: listing })
  const save = useSaveListing()
  const submit = useSubmitListing()
  const failure = save.error ?? submit.error
  const stale = isApiError(failure) && failure.status === 409 && failure.type.endsWith(':stale-version')

  const set: StepProps['set'] = (key, value) => {
    setForm((f) => ({ ...f, [key]: value }))
    setErrors((e) => {
      const { [key]: _, ...rest } = e
      return rest
    })
  }
  const error = (key: string): FieldMessage | undefined => {
    const own = Object.entries(errors).filter(([field]) => field === key || field.startsWith(`${key}[`) || field.startsWith(`${key}.`))
    if (own.length <= 1) return own[0]?.[1]
    return { text: own.map(([, m]) => ('text' in m ? m.text : t(m.key))).join(' ') }
  }
  const stepHasErrors = (index: number) => Object.keys(errors).some((field) => stepOf(field) === index)

  /** Checks the current step on the client (the server checks everything again). */
  function checkStep(): boolean {
    const schema = step === 0 ? basicsSchema : step === 1 ? classificationSchema : null
    if (!schema) return true
    const parsed = schema.safeParse(step === 1 ? { ...form, trl: form.trl ? Number(form.trl) : undefined } : form)
    if (parsed.success) return true
    setErrors((e) => ({ ...e, ...fromZod(parsed.error) }))
    return false
  }

  async function persist(): Promise<ListingView | null> {
    save.reset()
    submit.reset()
    try {
      const base = saved.data ? editableContent(saved.data) : undefined
      const result = await save.mutateAsync({ id, version: saved.data?.version, content: toContent(form, base) })
      setId(result.id)
      setErrors({})
      return result
    } catch (e) {
      if (isApiError(e) && e.fieldErrors.length) {
        const apiErrors = fromApi(e)
        setErrors(apiErrors)
        setStep(Math.min(...Object.keys(apiErrors).map(stepOf)))
      }
      return null
    }
  }

  async function onSaveDraft() {
    if (await persist()) toast.success(t('editor.saved'))
  }

  async function onSubmitForReview() {
    const result = await persist()
    if (!result) return
    try {
      await submit.mutateAsync(result.id)
      toast.success(t('editor.submitted'))
      void navigate(listingPath(result.id))
    } catch {
      // shown by the alert below
    }
  }

  function onNext(event: FormEvent) {
    event.preventDefault()
    if (!checkStep()) return
    if (step < STEPS.length - 1) setStep(step + 1)
    else void onSubmitForReview()
  }

  const props: StepProps = { form, set, error }
  const busy = save.isPending || submit.isPending
  const last = step === STEPS.length - 1

  return (
    <form className="form listing-form" onSubmit={onNext} noValidate>
      <ol className="steps" aria-label={t('editor.steps')}>
        {STEPS.map((s, index) => (
          <li key={s.key}>
            <button
              type="button"
              className={stepHasErrors(index) ? 'steps__invalid' : undefined}
              aria-current={index === step ? 'step' : undefined}
              onClick={() => setStep(index)}
            >
              {index + 1}. {t(`editor.step.${s.key}`)}
            </button>
          </li>
        ))}
      </ol>
      <h2>{t(`editor.step.${STEPS[step].key}`)}</h2>
      {failure && (
        <div>
          <ErrorAlert error={failure} />
          {stale && (
            <button
              type="button"
              className="btn btn--secondary"
              onClick={async () => {
                const latest = await saved.refetch()
                if (latest.data) setForm(fromContent(editableContent(latest.data)))
                save.reset()
              }}
            >
              {t('editor.loadLatest')}
            </button>
          )}
        </div>
      )}
      {Object.keys(errors).length > 0 && !failure && <p className="alert alert--error" role="alert">{t('errors.validation')}</p>}

      {step === 0 && <BasicsStep {...props} />}
      {step === 1 && <ClassificationStep {...props} />}
      {step === 2 && <DetailsStep {...props} />}
      {step === 3 && <ContactStep {...props} />}
      {step === 4 && (id ? <AttachmentsEditor listingId={id} attachments={saved.data?.attachments ?? []} /> : <p className="muted">{t('editor.saveFirst')}</p>)}
      {last && saved.data?.status === 'CHANGES_REQUESTED' && saved.data.staffComment && (
        <p className="alert alert--warning">{t('listing.staffComment')} {saved.data.staffComment}</p>
      )}

      <div className="actions">
        {step > 0 && (
          <button type="button" className="btn btn--secondary" onClick={() => setStep(step - 1)}>
            {t('common.previous')}
          </button>
        )}
        <button type="button" className="btn btn--secondary" onClick={() => void onSaveDraft()} disabled={busy}>
          {save.isPending ? t('common.saving') : t('editor.saveDraft')}
        </button>
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {last ? t('editor.submit') : t('common.next')}
        </button>
      </div>
      {isApiError(failure) && failure.status === 400 && !failure.fieldErrors.length && <p className="muted">{problemMessage(failure, t)}</p>}
    </form>
  )
}
