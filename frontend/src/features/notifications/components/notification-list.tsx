import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { ErrorAlert, Spinner } from '@/components/ui/feedback'
import { currentLanguage } from '@/lib/i18n'
import { formatDate } from '@/utils/format'
import { useMarkRead, useNotifications } from '../api/notifications'
import { notificationLink, notificationSubject } from './notification-subject'

export function NotificationList() {
  const { t } = useTranslation()
  const list = useNotifications()
  const mark = useMarkRead()
  const lang = currentLanguage()
  if (list.isPending) return <Spinner />
  if (list.isError) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
  if (list.data.length === 0) return <p className="empty">{t('notifications.empty')}</p>
  return (
    <>
      {list.data.some((n) => !n.read) && (
        <p>
          <button type="button" className="btn btn--secondary" disabled={mark.isPending} onClick={() => mark.mutate('all')}>
            {t('notifications.readAll')}
          </button>
        </p>
      )}
      <ul className="plain-list notification-list">
        {list.data.map((n) => (
          <li key={n.id} className={n.read ? 'notification' : 'notification notification--unread'}>
            <p className="notification__subject">
              {!n.read && <span className="badge badge--pending">{t('notifications.new')}</span>}{' '}
              {n.link ? (
                <Link to={notificationLink(n.link)} onClick={() => !n.read && mark.mutate(n.id)}>{notificationSubject(n.subject, t)}</Link>
              ) : (
                notificationSubject(n.subject, t)
              )}
            </p>
            <p>{n.text}</p>
            <p className="muted">{formatDate(n.createdAt, lang)}</p>
          </li>
        ))}
      </ul>
    </>
  )
}
