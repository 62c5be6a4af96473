import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router-dom'
import { paths } from '@/config/paths'
import { useUser } from '@/features/auth/api/get-me'
import { useLogout } from '@/features/auth/api/logout'

export function UserMenu() {
  const { t } = useTranslation()
  const { data: user } = useUser()
  const navigate = useNavigate()
  const logout = useLogout(() => navigate(paths.login))
  const [open, setOpen] = useState(false)
  const menuId = useId()
  const root = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!open) return
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false)
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false)
        button.current?.focus()
      }
    }
    document.addEventListener('pointerdown', onPointer)
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('pointerdown', onPointer)
      document.removeEventListener('keydown', onKey)
    }
  }, [open])

  if (!user) {
    return (
      <div className="user-menu user-menu--anonymous">
        <Link to={paths.login} className="btn btn--ghost">
          {t('userMenu.signIn')}
        </Link>
        <Link to={paths.register} className="btn btn--primary">
          {t('userMenu.register')}
        </Link>
      </div>
    )
  }

  return (
    <div className="user-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="user-menu__button"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={t('userMenu.label', { name: user.displayName })}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="user-menu__avatar" aria-hidden="true">
          {user.displayName.trim().charAt(0).toUpperCase() || '?'}
        </span>
        <span className="user-menu__name">{user.displayName}</span>
      </button>
      {open && (
        <ul id={menuId} className="user-menu__list">
          <li>
            <Link to={paths.profile} onClick={() => setOpen(false)}>
              {t('userMenu.profile')}
            </Link>
          </li>
          <li>
            <button type="button" onClick={() => logout.mutate()} disabled={logout.isPending}>
              {t('userMenu.signOut')}
            </button>
          </li>
        </ul>
      )}
    </div>
  )
}
