import type { Role, User } from '@/types/api'

// The one policy map: every permission check in the UI names a policy here. The server enforces
// the same rules; the UI uses them only to decide what to show.

export function hasRole(user: User | null | undefined, role: Role): boolean {
  if (!user) return false
  // An admin can do everything staff can (mirrors CurrentUser.has on the server).
  if (role === 'STAFF' && user.roles.includes('ADMIN')) return true
  return user.roles.includes(role)
}

const isVerified = (user: User) => user.institution?.status === 'VERIFIED'

export const POLICIES = {
  'app:anonymous': (user: User | null) => !user,
  'app:signed-in': (user: User | null) => !!user,
  'profile:edit': (user: User | null) => !!user,
  'institutions:verify': (user: User | null) => hasRole(user, 'STAFF'),
  'users:manage': (user: User | null) => hasRole(user, 'ADMIN'),
  // Extension points for the catalog, needs and transfer features.
  'catalog:publish': (user: User | null) => !!user && hasRole(user, 'PROVIDER') && isVerified(user),
  'catalog:mine': (user: User | null) => hasRole(user, 'PROVIDER'),
  'catalog:review': (user: User | null) => hasRole(user, 'STAFF'),
  'catalog:import': (user: User | null) => hasRole(user, 'STAFF'),
  'needs:post': (user: User | null) => !!user && hasRole(user, 'REQUESTER') && isVerified(user),
  // Needs and matchmaking (issue 5)
  'needs:mine': (user: User | null) => hasRole(user, 'REQUESTER'),
  'needs:view': (user: User | null) => !!user,
  'needs:board': (user: User | null) => hasRole(user, 'PROVIDER') || hasRole(user, 'STAFF'),
  'needs:demand': (user: User | null) => hasRole(user, 'PROVIDER'),
  'matching:broker': (user: User | null) => hasRole(user, 'STAFF'),
  'searches:save': (user: User | null) => !!user,
  // Transfers and goals (issue 6)
  'transfers:apply': (user: User | null) => !!user && hasRole(user, 'REQUESTER') && isVerified(user),
  'transfers:mine': (user: User | null) => hasRole(user, 'REQUESTER'),
  'transfers:inbox': (user: User | null) => hasRole(user, 'PROVIDER'),
  'transfers:review': (user: User | null) => hasRole(user, 'STAFF'),
  'transfers:view': (user: User | null) => !!user,
  'notifications:read': (user: User | null) => !!user,
} as const

export type Policy = keyof typeof POLICIES

export function can(user: User | null | undefined, policy: Policy): boolean {
  return POLICIES[policy](user ?? null)
}
