import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import { ErrorAlert, Spinner } from '@/components/ui/feedback'
import { transferPath } from '@/config/paths'
import { useCodeLabels } from '@/features/catalog/components/code-labels'
import { currentLanguage } from '@/lib/i18n'
import type { Count, Dashboard, Goal } from '@/types/transfers'
import { formatDate, formatNumber } from '@/utils/format'
import { useDashboard } from '../api/get-dashboard'
import { GoalProgress } from './goal-progress'

type Dimension = 'receivingCountry' | 'providingCountry' | 'diseaseArea' | 'technologyType' | 'transferMode' | 'declineReason'
const DIMENSIONS: Dimension[] = ['receivingCountry', 'providingCountry', 'diseaseArea', 'technologyType', 'transferMode', 'declineReason']

export function StaffDashboard() {
  const dashboard = useDashboard()
  if (dashboard.isPending) return <Spinner />
  if (dashboard.isError) return <ErrorAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} />
  return <DashboardView d={dashboard.data} />
}

function day(iso: string | null, lang: string) {
  return iso ? new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(new Date(iso)) : null
}

function GoalCard({ label, goal }: { label: string; goal: Goal }) {
  const { t } = useTranslation()
  const lang = currentLanguage()
  return (
    <GoalProgress label={label} value={goal.value} target={goal.target}>
      <p>
        {t('goals.percentText', { percent: goal.percent.toFixed(1) })} ·{' '}
        <span className={goal.onTrack ? 'badge badge--verified' : 'badge badge--pending'}>{t(goal.onTrack ? 'goals.onTrack' : 'goals.behind')}</span>
      </p>
      <p className="muted">
        {t('goals.rate', { rate: goal.ratePerDay.toFixed(2) })}{' '}
        {goal.projectedDate ? t('goals.projected', { date: day(goal.projectedDate, lang) }) : t('goals.noProjection')}
      </p>
    </GoalProgress>
  )
}

export function DashboardView({ d }: { d: Dashboard }) {
  const { t } = useTranslation()
  const labels = useCodeLabels()
  const lang = currentLanguage()
  const [dimension, setDimension] = useState<Dimension>('receivingCountry')
  const keyLabel = (dim: Dimension, key: string) => {
    switch (dim) {
      case 'receivingCountry':
      case 'providingCountry':
        return labels.country(key)
      case 'diseaseArea':
        return labels.code('diseaseArea', key)
      case 'technologyType':
        return labels.code('type', key)
      case 'transferMode':
        return labels.code('mode', key)
      default:
        return t(`transfers.option.reasonCode.${key}`, { defaultValue: key })
    }
  }
  const counts: Count[] = d.breakdowns[dimension]
  const f = d.funnel
  const funnel = [
    { stage: t('goals.funnel.applications'), count: f.applications, percent: null, median: null },
    { stage: t('goals.funnel.accepted'), count: f.accepted, percent: f.acceptedPercent, median: f.medianDaysToAccept },
    { stage: t('goals.funnel.approved'), count: f.approved, percent: f.approvedPercent, median: f.medianDaysToApprove },
    { stage: t('goals.funnel.completed'), count: f.completed, percent: f.completedPercent, median: f.medianDaysToComplete },
  ]
  const num = (n: number | null) => (n === null ? '—' : formatNumber(n, lang))

  return (
    <div className="dashboard">
      <p className="muted">
        {t('goals.window', { start: day(d.windowStart, lang), end: day(d.windowEnd, lang) })} ·{' '}
        {t('goals.computedAt', { date: formatDate(d.computedAt, lang) })}
      </p>
      <p className="actions">
        {(['csv', 'xlsx'] as const).map((format) => (
          <a key={format} className="btn btn--secondary" href={`/api/staff/dashboard/export?format=${format}`} download>
            {t('goals.exportFigures', { format: format.toUpperCase() })}
          </a>
        ))}{' '}
        {(['csv', 'xlsx'] as const).map((format) => (
          <a key={`t-${format}`} className="btn btn--secondary" href={`/api/staff/transfers/export?format=${format}`} download>
            {t('goals.exportTransfers', { format: format.toUpperCase() })}
          </a>
        ))}
      </p>

      <div className="card-grid goal-cards">
        <GoalCard label={t('goals.technologies')} goal={d.technologies} />
        <GoalCard label={t('goals.professionals')} goal={d.professionals} />
      </div>

      <section aria-labelledby="dash-monthly">
        <h2 id="dash-monthly">{t('goals.monthly')}</h2>
        <div className="chart-pair">
          {(['technologies', 'professionals'] as const).map((series) => (
            <figure key={series} className="chart">
              <figcaption>{t(`goals.${series}`)}</figcaption>
              <LineChart responsive style={{ width: '100%', height: 260 }} data={d.monthly} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="month" />
                <YAxis allowDecimals={false} />
                <Tooltip />
                <Legend />
                <Line type="monotone" dataKey={series} name={t('goals.actual')} stroke="#0b6e4f" strokeWidth={2} dot={false} isAnimationActive={false} />
                <Line type="linear" dataKey={`${series}Pace`} name={t('goals.pace')} stroke="#b45309" strokeDasharray="6 4" dot={false} isAnimationActive={false} />
              </LineChart>
            </figure>
          ))}
        </div>
        <details>
          <summary>{t('goals.asTable')}</summary>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('goals.month')}</th>
                <th scope="col">{t('goals.technologies')}</th>
                <th scope="col">{t('goals.pace')}</th>
                <th scope="col">{t('goals.professionals')}</th>
                <th scope="col">{t('goals.pace')}</th>
              </tr>
            </thead>
            <tbody>
              {d.monthly.map((m) => (
                <tr key={m.month}>
                  <td>{m.month}</td>
                  <td>{num(m.technologies)}</td>
                  <td>{m.technologiesPace.toFixed(1)}</td>
                  <td>{num(m.professionals)}</td>
                  <td>{m.professionalsPace.toFixed(1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>

      <section aria-labelledby="dash-funnel">
        <h2 id="dash-funnel">{t('goals.funnel.title')}</h2>
        <figure className="chart">
          <BarChart responsive style={{ width: '100%', height: 220 }} data={funnel} layout="vertical" margin={{ left: 24, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="stage" width={120} />
            <Tooltip />
            <Bar dataKey="count" name={t('goals.funnel.count')} fill="#0b6e4f" isAnimationActive={false} />
          </BarChart>
        </figure>
        <table className="data-table funnel-table">
          <thead>
            <tr>
              <th scope="col">{t('goals.funnel.stage')}</th>
              <th scope="col">{t('goals.funnel.count')}</th>
              <th scope="col">{t('goals.funnel.conversion')}</th>
              <th scope="col">{t('goals.funnel.medianDays')}</th>
            </tr>
          </thead>
          <tbody>
            {funnel.map((row) => (
              <tr key={row.stage}>
                <th scope="row">{row.stage}</th>
                <td>{num(row.count)}</td>
                <td>{row.percent === null ? '—' : `${row.percent.toFixed(1)} %`}</td>
                <td>{row.median === null ? '—' : row.median.toFixed(1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="dash-breakdown">
        <h2 id="dash-breakdown">{t('goals.breakdown.title')}</h2>
        <div className="toolbar" role="group" aria-label={t('goals.breakdown.by')}>
          {DIMENSIONS.map((dim) => (
            <button key={dim} type="button" className="chip" aria-pressed={dimension === dim} onClick={() => setDimension(dim)}>
              {t(`goals.breakdown.${dim}`)}
            </button>
          ))}
        </div>
        {counts.length === 0 ? (
          <p className="empty">{t('goals.breakdown.empty')}</p>
        ) : (
          <>
            <figure className="chart">
              <BarChart responsive style={{ width: '100%', height: Math.max(160, 32 * counts.length) }}
                data={counts.map((c) => ({ ...c, label: keyLabel(dimension, c.key) }))} layout="vertical" margin={{ left: 24, right: 16 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis type="number" allowDecimals={false} />
                <YAxis type="category" dataKey="label" width={160} />
                <Tooltip />
                <Legend />
                <Bar dataKey="transfers" name={t(dimension === 'declineReason' ? 'goals.breakdown.declined' : 'goals.breakdown.transfers')} fill="#0b6e4f" isAnimationActive={false} />
                {dimension !== 'declineReason' && (
                  <Bar dataKey="professionals" name={t('goals.breakdown.professionals')} fill="#2563eb" isAnimationActive={false} />
                )}
              </BarChart>
            </figure>
            <table className="data-table breakdown-table">
              <thead>
                <tr>
                  <th scope="col">{t(`goals.breakdown.${dimension}`)}</th>
                  <th scope="col">{t(dimension === 'declineReason' ? 'goals.breakdown.declined' : 'goals.breakdown.transfers')}</th>
                  {dimension !== 'declineReason' && <th scope="col">{t('goals.breakdown.professionals')}</th>}
                </tr>
              </thead>
              <tbody>
                {counts.map((c) => (
                  <tr key={c.key}>
                    <th scope="row">{keyLabel(dimension, c.key)}</th>
                    <td>{num(c.transfers)}</td>
                    {dimension !== 'declineReason' && <td>{num(c.professionals)}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>

      <section aria-labelledby="dash-overdue">
        <h2 id="dash-overdue">{t('goals.overdue.title', { applications: d.overdue.applications, followUps: d.overdue.followUps })}</h2>
        {d.overdue.items.length === 0 ? (
          <p className="empty">{t('goals.overdue.none')}</p>
        ) : (
          <ul className="plain-list">
            {d.overdue.items.map((item) => (
              <li key={`${item.transferId}-${item.followUpMonths ?? 'step'}`}>
                <Link to={transferPath(item.transferId)}>{item.listingTitle ?? item.transferId}</Link>{' '}
                <span className="deadline deadline--overdue">
                  {item.followUpMonths
                    ? t('goals.overdue.followUp', { months: item.followUpMonths })
                    : t(`transfers.status.${item.status}`, { defaultValue: item.status })}
                  {item.deadlineAt && <> · {t('transfers.overdueSince', { date: formatDate(item.deadlineAt, lang) })}</>}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
