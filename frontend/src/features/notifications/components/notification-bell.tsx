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
      {/* an inline icon: not every machine has an emoji font */}
      <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.73 21a2 2 0 0 1-3.46 0" />
      </svg>
      {count > 0 && <span className="notification-bell__count" aria-hidden="true">{count > 99 ? '99+' : count}</span>}
    </Link>
  )
}
