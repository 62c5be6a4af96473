import { useTranslation } from 'react-i18next'
import { ErrorAlert, Spinner } from '@/components/ui/feedback'
import { currentLanguage } from '@/lib/i18n'
import { formatNumber } from '@/utils/format'
import { useImpact } from '../api/get-dashboard'
import { GoalProgress } from './goal-progress'

/** The public headline figures: what the Center has shared and trained so far, against its targets. */
export function ImpactFigures() {
  const { t } = useTranslation()
  const impact = useImpact()
  const lang = currentLanguage()
  if (impact.isPending) return <Spinner />
  if (impact.isError) return <ErrorAlert error={impact.error} onRetry={() => void impact.refetch()} />
  const i = impact.data
  const day = (iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(iso))
  return (
    <div className="impact">
      <div className="card-grid goal-cards">
        <GoalProgress label={t('goals.technologies')} value={i.technologiesShared} target={i.technologiesTarget} />
        <GoalProgress label={t('goals.professionals')} value={i.professionalsTrained} target={i.professionalsTarget} />
        <div className="card goal-card">
          <h2 className="goal-card__label">{t('goals.countriesReached')}</h2>
          <p className="goal-card__figure"><strong>{formatNumber(i.countriesReached, lang)}</strong></p>
        </div>
      </div>
      <p className="muted">{t('goals.window', { start: day(i.windowStart), end: day(i.windowEnd) })}</p>
    </div>
  )
}
