import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Outlet, useLocation } from 'react-router-dom'
import { paths } from '@/config/paths'
import { useUser } from '@/features/auth/api/get-me'
import { NotificationBell } from '@/features/notifications/components/notification-bell'
import { SearchBox } from '@/features/search/components/search-box'
import { LanguageSwitcher } from './language-switcher'
import { MainNav } from './main-nav'
import { UserMenu } from './user-menu'

export function AppLayout() {
  const { t } = useTranslation()
  const { data: user } = useUser()
  const [navOpen, setNavOpen] = useState(false)
  const main = useRef<HTMLElement>(null)
  const { pathname } = useLocation()
  const firstRender = useRef(true)

  // After client-side navigation, move focus to the new page (as a full page load would), unless
  // the page already focused something inside itself (e.g. the login form's first field).
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    if (!main.current?.contains(document.activeElement)) main.current?.focus({ preventScroll: true })
  }, [pathname])

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link to={paths.home} className="brand">
            <img src="/favicon.svg" alt="" width="28" height="28" />
            <span className="brand__name">{t('app.name')}</span>
          </Link>
          <button
            type="button"
            className="nav-toggle"
            aria-expanded={navOpen}
            aria-controls="main-nav"
            onClick={() => setNavOpen((open) => !open)}
          >
            {t('nav.toggle')}
          </button>
          <MainNav user={user} id="main-nav" open={navOpen} onNavigate={() => setNavOpen(false)} />
          <div className="app-header__search">
            <SearchBox key={pathname === '/search' ? 'search' : 'other'} />
          </div>
          <div className="app-header__tools">
            <LanguageSwitcher />
            <NotificationBell signedIn={!!user} />
            <UserMenu />
          </div>
        </div>
      </header>
      <main id="main" ref={main} className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </div>
  )
}
