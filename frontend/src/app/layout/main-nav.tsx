import { useTranslation } from 'react-i18next'
import { NavLink } from 'react-router-dom'
import { NAV_ITEMS } from '@/config/navigation'
import { can } from '@/lib/authorization'
import type { User } from '@/types/api'

export function visibleNavItems(user: User | null | undefined) {
  return NAV_ITEMS.filter((item) => !item.policy || can(user, item.policy))
}

export function MainNav({ user, id, open, onNavigate }: { user: User | null | undefined; id: string; open: boolean; onNavigate: () => void }) {
  const { t } = useTranslation()
  return (
    <nav id={id} className={`main-nav${open ? ' main-nav--open' : ''}`} aria-label={t('nav.label')}>
      <ul>
        {visibleNavItems(user).map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end} onClick={onNavigate}>
              {t(item.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
