import { useTranslation } from 'react-i18next'
import { currentLanguage } from '@/lib/i18n'
import { formatNumber } from '@/utils/format'

/** One target: the figure, the target and a progress bar that screen readers read as such. */
export function GoalProgress({ label, value, target, children }: { label: string; value: number; target: number; children?: React.ReactNode }) {
  const { t } = useTranslation()
  const lang = currentLanguage()
  const percent = target > 0 ? Math.min(100, (100 * value) / target) : 0
  return (
    <div className="card goal-card">
      <h2 className="goal-card__label">{label}</h2>
      <p className="goal-card__figure">
        <strong>{formatNumber(value, lang)}</strong> <span className="muted">{t('goals.ofTarget', { target: formatNumber(target, lang) })}</span>
      </p>
      <div className="goal-card__bar" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={target} aria-valuenow={value}
        aria-valuetext={t('goals.percentText', { percent: percent.toFixed(1) })}>
        <span style={{ width: `${percent}%` }} />
      </div>
      {children}
    </div>
  )
}
