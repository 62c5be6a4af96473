import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { paths } from '@/config/paths'
import { useNotificationStream, useUnreadCount } from '../api/notifications'

/** The header's link to the notifications, with the unread count kept live by the event stream. */
export function NotificationBell({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation()
  const unread = useUnreadCount(signedIn)
  useNotificationStream(signedIn)
  if (!signedIn) return null
  const count = unread.data?.count ?? 0
  return (
    <Link to={paths.notifications} className="btn btn--ghost notification-bell" aria-label={t('notifications.bell', { count })}>
      <span aria-hidden="true">🔔</span>
      {count > 0 && <span className="notification-bell__count" aria-hidden="true">{count > 99 ? '99+' : count}</span>}
    </Link>
  )
}
