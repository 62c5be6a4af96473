import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { ErrorAlert, Spinner } from '@/components/ui/feedback'
import { reviewPath } from '@/config/paths'
import { useCodeLabels } from '@/features/catalog/components/code-labels'
import { useReviewQueue } from '../api/get-review-queue'

/** "3 d 4 h", "5 h 10 min", "12 min": how long a submission has waited. */
export function waitingTime(seconds: number, t: (key: string, o?: Record<string, unknown>) => string): string {
  const days = Math.floor(seconds / 86_400)
  const hours = Math.floor((seconds % 86_400) / 3600)
  const minutes = Math.floor((seconds % 3600) / 60)
  if (days > 0) return t('review.waitDays', { days, hours })
  if (hours > 0) return t('review.waitHours', { hours, minutes })
  return t('review.waitMinutes', { minutes })
}

export function ReviewQueue() {
  const { t } = useTranslation()
  const labels = useCodeLabels()
  const queue = useReviewQueue()
  if (queue.isPending) return <Spinner />
  if (queue.isError) return <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />
  if (queue.data.length === 0) return <p className="empty">{t('review.empty')}</p>
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{t('review.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('review.listing')}</th>
            <th scope="col">{t('review.kind')}</th>
            <th scope="col">{t('listing.provider')}</th>
            <th scope="col">{t('review.waiting')}</th>
          </tr>
        </thead>
        <tbody>
          {queue.data.map((item) => (
            <tr key={item.id}>
              <td>
                <Link to={reviewPath(item.id)} lang={item.language}>{item.title}</Link>
                <br />
                <span className="muted">{item.reference} · {labels.language(item.language)}</span>
              </td>
              <td>{t(`review.kinds.${item.kind}`)}</td>
              <td>{item.provider.name}, {labels.country(item.provider.country)}</td>
              <td className="nowrap">{waitingTime(item.waitingSeconds, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
