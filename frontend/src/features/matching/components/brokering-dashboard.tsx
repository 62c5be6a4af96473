import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { ErrorAlert, Spinner } from '@/components/ui/feedback'
import { listingPath, needPath } from '@/config/paths'
import { useCodeLabels } from '@/features/catalog/components/code-labels'
import type { BrokeringSide } from '@/types/needs'
import { useBrokering } from '../api/get-brokering'
import { BarChart } from './bar-chart'
import { RecommendForm } from './recommend-form'
import { RecomputePanel } from './recompute-panel'

/** Staff: uncovered demand and unwanted supply by country and disease area, dismissal reasons, recommending. */
export function BrokeringDashboard() {
  const { t } = useTranslation()
  const labels = useCodeLabels()
  const figures = useBrokering()
  const [recommendFor, setRecommendFor] = useState<string | null>(null)
  if (figures.isPending) return <Spinner />
  if (figures.isError) return <ErrorAlert error={figures.error} onRetry={() => void figures.refetch()} />
  const f = figures.data
  const country = (c: string) => (c === 'UNKNOWN' || !c ? t('needs.brokering.unknown') : labels.country(c))
  const area = (a: string) => labels.code('diseaseArea', a)

  const side = (key: 'uncoveredNeeds' | 'unwantedListings', data: BrokeringSide) => (
    <section aria-labelledby={`brokering-${key}`} className="brokering__side">
      <h2 id={`brokering-${key}`}>{t(`needs.brokering.${key}`, { count: data.total })}</h2>
      <div className="brokering__charts">
        <BarChart title={t('needs.brokering.byCountry')} data={data.byCountry} label={country} />
        <BarChart title={t('needs.brokering.byDiseaseArea')} data={data.byDiseaseArea} label={area} />
      </div>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('needs.brokering.item')}</th>
              <th scope="col">{t('needs.field.country')}</th>
              <th scope="col">{t('needs.field.diseaseAreas')}</th>
              <th scope="col">{t('needs.brokering.bestScore')}</th>
              {key === 'uncoveredNeeds' && <th scope="col">{t('needs.brokering.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {data.items.map((item) => (
              <tr key={item.id}>
                <td>
                  <Link to={key === 'uncoveredNeeds' ? needPath(item.id) : listingPath(item.id)}>{item.title ?? item.id}</Link>
                  {recommendFor === item.id && <RecommendForm needId={item.id} onDone={() => setRecommendFor(null)} />}
                </td>
                <td>{item.country ? country(item.country) : '—'}</td>
                <td>{item.diseaseAreas.map(area).join(', ')}</td>
                <td>{item.bestScore}</td>
                {key === 'uncoveredNeeds' && (
                  <td>
                    <button type="button" className="btn btn--link" onClick={() => setRecommendFor(recommendFor === item.id ? null : item.id)}>
                      {t('needs.recommend.open')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )

  return (
    <div className="brokering">
      <p className="muted">{t('needs.brokering.threshold', { threshold: f.threshold })}</p>
      <RecomputePanel />
      {side('uncoveredNeeds', f.uncoveredNeeds)}
      {side('unwantedListings', f.unwantedListings)}
      <section aria-labelledby="brokering-dismissals">
        <h2 id="brokering-dismissals">{t('needs.brokering.dismissals')}</h2>
        {f.dismissalReasons.length === 0 ? (
          <p className="empty">{t('needs.brokering.noDismissals')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('needs.brokering.side')}</th>
                  <th scope="col">{t('needs.match.dismissReason')}</th>
                  <th scope="col">{t('needs.brokering.count')}</th>
                  <th scope="col">{t('needs.brokering.notes')}</th>
                </tr>
              </thead>
              <tbody>
                {f.dismissalReasons.map((r) => (
                  <tr key={`${r.side}-${r.reason}`}>
                    <td>{t(`needs.brokering.sideName.${r.side}`, { defaultValue: r.side })}</td>
                    <td>{t(`needs.dismissReason.${r.reason}`, { defaultValue: r.reason })}</td>
                    <td>{r.count}</td>
                    <td>{r.recentNotes.join(' · ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  )
}
