import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useToast } from '@/components/ui/toast'
import { problemMessage } from '@/lib/problem-message'
import { ROLES, type AdminUser, type Role } from '@/types/api'
import { useSetUserRoles } from '../api/update-user'

export function RolesEditor({ user, onDone }: { user: AdminUser; onDone: () => void }) {
  const { t } = useTranslation()
  const toast = useToast()
  const setRoles = useSetUserRoles()
  const [roles, setSelected] = useState<Role[]>(user.roles)

  function save(event: FormEvent) {
    event.preventDefault()
    setRoles.mutate(
      { id: user.id, roles },
      {
        onSuccess: () => {
          toast.success(t('admin.rolesSaved', { name: user.displayName }))
          onDone()
        },
        onError: (error) => toast.error(problemMessage(error, t)),
      },
    )
  }

  return (
    <form className="roles-editor" onSubmit={save}>
      <fieldset>
        <legend className="visually-hidden">{t('admin.rolesOf', { name: user.displayName })}</legend>
        {ROLES.map((role) => (
          <label key={role} className="choice choice--compact">
            <input
              type="checkbox"
              checked={roles.includes(role)}
              onChange={(e) => setSelected((r) => (e.target.checked ? [...r, role] : r.filter((x) => x !== role)))}
            />
            <span>{t(`roles.${role}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="actions">
        <button type="submit" className="btn btn--primary" disabled={setRoles.isPending || roles.length === 0}>
          {t('admin.saveRoles')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
}
