import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router-dom'
import { ErrorAlert, Spinner } from '@/components/ui/feedback'
import { SelectField, TextAreaField, TextField } from '@/components/ui/field'
import { listingPath, transferPath } from '@/config/paths'
import { useListing } from '@/features/catalog/api/get-listing'
import { useCodeLabels } from '@/features/catalog/components/code-labels'
import { useMyNeeds } from '@/features/needs/api/get-my-needs'
import { isApiError } from '@/lib/api-client'
import type { ListingView } from '@/types/catalog'
import type { ReadinessLevel } from '@/types/transfers'
import { fromApi, type FormErrors } from '@/utils/form-errors'
import { useApply } from '../api/apply'
import { uploadAll } from '../api/files'
import { listingRequirements, readinessScore } from './readiness'
import { FilePicker } from './transfer-files'

const LEVELS: ReadinessLevel[] = ['HAVE', 'PARTIAL', 'MISSING']

export function ApplyForListing({ listingId, needId }: { listingId: string; needId?: string }) {
  const listing = useListing(listingId)
  if (listing.isPending) return <Spinner />
  if (listing.isError) return <ErrorAlert error={listing.error} onRetry={() => void listing.refetch()} />
  return <ApplyForm listing={listing.data} initialNeedId={needId} />
}

/**
 * The application: intended use, the site's readiness against each of the listing's requirements
 * (scored as the server scores it, gaps shown while answering), patients, trainees, mode, timeline.
 */
export function ApplyForm({ listing, initialNeedId }: { listing: ListingView; initialNeedId?: string }) {
  const { t } = useTranslation()
  const labels = useCodeLabels()
  const navigate = useNavigate()
  const needs = useMyNeeds()
  const apply = useApply()
  const requirements = listingRequirements(listing)
  const [answers, setAnswers] = useState<Record<string, ReadinessLevel | undefined>>({})
  const [intendedUse, setIntendedUse] = useState('')
  const [patientsPerYear, setPatients] = useState('')
  const [professionalsToTrain, setProfessionals] = useState('')
  const [preferredMode, setMode] = useState(listing.transferModes.length === 1 ? listing.transferModes[0] : '')
  const [timeline, setTimeline] = useState('')
  const [needId, setNeedId] = useState(initialNeedId ?? '')
  const [errors, setErrors] = useState<FormErrors>({})
  const [files, setFiles] = useState<File[]>([])
  const [uploadError, setUploadError] = useState<unknown>(null)

  const answered = requirements.flatMap((requirement) => (answers[requirement] ? [{ requirement, answer: answers[requirement] }] : []))
  const score = readinessScore(answered)
  const gaps = answered.filter((a) => a.answer !== 'HAVE').map((a) => a.requirement)
  const openNeeds = (needs.data ?? []).filter((n) => n.status === 'OPEN' || n.status === 'MATCHED')

  function validate(): FormErrors {
    const found: FormErrors = {}
    if (!intendedUse.trim()) found.intendedUse = { key: 'transfers.apply.required' }
    requirements.forEach((r, i) => {
      if (!answers[r]) found[`readiness[${i}]`] = { key: 'transfers.apply.answerEach' }
    })
    const patients = Number(patientsPerYear)
    if (patientsPerYear === '' || !Number.isInteger(patients) || patients < 0) found.patientsPerYear = { key: 'transfers.apply.wholeNumber' }
    const trainees = Number(professionalsToTrain)
    if (!Number.isInteger(trainees) || trainees < 1) found.professionalsToTrain = { key: 'transfers.apply.atLeastOne' }
    if (!preferredMode) found.preferredMode = { key: 'transfers.apply.required' }
    if (!timeline.trim()) found.timeline = { key: 'transfers.apply.required' }
    return found
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    const found = validate()
    setErrors(found)
    if (Object.keys(found).length > 0) return
    apply.mutate(
      {
        listingId: listing.id,
        needId: needId || null,
        intendedUse: intendedUse.trim(),
        readiness: answered.map((a) => ({ requirement: a.requirement, answer: a.answer })),
        patientsPerYear: Number(patientsPerYear),
        professionalsToTrain: Number(professionalsToTrain),
        preferredMode,
        timeline: timeline.trim(),
      },
      {
        // the application exists once answered; its files follow, and a refused one is reported on the form
        onSuccess: async (created) => {
          try {
            await uploadAll(created.id, 'APPLICATION', files)
            navigate(transferPath(created.id))
          } catch (error) {
            setUploadError(error)
          }
        },
        onError: (error) => isApiError(error) && setErrors(fromApi(error)),
      },
    )
  }

  return (
    <form className="form apply-form" onSubmit={submit} noValidate>
      <p>
        {t('transfers.apply.for')} <Link to={listingPath(listing.id)}>{listing.title}</Link>{' '}
        <span className="muted">({listing.reference} · {listing.provider.name})</span>
      </p>
      {openNeeds.length > 0 && (
        <SelectField label={t('transfers.field.need')} optional value={needId} onChange={(e) => setNeedId(e.target.value)}>
          <option value="">{t('transfers.apply.noNeed')}</option>
          {openNeeds.map((n) => (
            <option key={n.id} value={n.id}>{n.content.title ?? n.content.problemStatement.slice(0, 80)}</option>
          ))}
        </SelectField>
      )}
      <TextAreaField label={t('transfers.field.intendedUse')} hint={t('transfers.apply.intendedUseHint')} value={intendedUse}
        onChange={(e) => setIntendedUse(e.target.value)} error={errors.intendedUse} maxLength={4000} />

      <fieldset className="readiness">
        <legend>{t('transfers.apply.readiness')}</legend>
        {requirements.length === 0 ? (
          <p className="muted">{t('transfers.apply.noRequirements')}</p>
        ) : (
          requirements.map((requirement, i) => (
            <fieldset key={requirement} className="readiness__item" aria-invalid={!!errors[`readiness[${i}]`] || undefined}>
              <legend>{requirement}</legend>
              {LEVELS.map((level) => (
                <label key={level} className="radio">
                  <input type="radio" name={`readiness-${i}`} value={level} checked={answers[requirement] === level}
                    onChange={() => setAnswers((old) => ({ ...old, [requirement]: level }))} />{' '}
                  {t(`transfers.readiness.${level}`)}
                </label>
              ))}
              {errors[`readiness[${i}]`] && <p className="field__error">{t('transfers.apply.answerEach')}</p>}
            </fieldset>
          ))
        )}
        {answered.length > 0 && (
          <p className="readiness__score" aria-live="polite">
            {t('transfers.apply.score', { score, answered: answered.length, total: requirements.length })}
          </p>
        )}
        {gaps.length > 0 && (
          <div className="alert alert--warning">
            <strong>{t('transfers.field.gaps')}</strong>
            <ul>{gaps.map((g) => <li key={g}>{g}</li>)}</ul>
          </div>
        )}
      </fieldset>

      <div className="form__row">
        <TextField label={t('transfers.field.patientsPerYear')} type="number" min={0} inputMode="numeric" value={patientsPerYear}
          onChange={(e) => setPatients(e.target.value)} error={errors.patientsPerYear} />
        <TextField label={t('transfers.field.professionalsToTrain')} type="number" min={1} inputMode="numeric" value={professionalsToTrain}
          onChange={(e) => setProfessionals(e.target.value)} error={errors.professionalsToTrain} />
      </div>
      <SelectField label={t('transfers.field.preferredMode')} value={preferredMode} onChange={(e) => setMode(e.target.value)} error={errors.preferredMode}>
        <option value="">{t('transfers.apply.choose')}</option>
        {listing.transferModes.map((m) => <option key={m} value={m}>{labels.code('mode', m)}</option>)}
      </SelectField>
      <TextAreaField label={t('transfers.field.timeline')} hint={t('transfers.apply.timelineHint')} value={timeline}
        onChange={(e) => setTimeline(e.target.value)} error={errors.timeline} maxLength={1000} rows={2} />
      <FilePicker label={t('transfers.apply.files')} onFiles={(picked) => setFiles((old) => [...old, ...picked])} />
      {files.length > 0 && <p className="muted">{t('transfers.files.attached', { names: files.map((f) => f.name).join(', ') })}</p>}
      {apply.isError && <ErrorAlert error={apply.error} />}
      {uploadError !== null && (
        <div className="alert alert--warning" role="alert">
          <p>{t('transfers.apply.filesFailed')}</p>
          <ErrorAlert error={uploadError} />
          {apply.data && <Link to={transferPath(apply.data.id)}>{t('transfers.apply.openApplication')}</Link>}
        </div>
      )}
      <p className="actions">
        <button type="submit" className="btn btn--primary" disabled={apply.isPending}>{t('transfers.apply.submit')}</button>
      </p>
    </form>
  )
}
