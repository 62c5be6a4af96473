import type { Institution, Role, User } from '@/types/api'

export function anInstitution(overrides: Partial<Institution> = {}): Institution {
  return {
    id: 'inst-1',
    name: '瑞金医院',
    nameLatin: 'Ruijin Hospital',
    country: 'CN',
    type: 'HOSPITAL',
    city: 'Shanghai',
    website: 'https://www.rjh.com.cn',
    status: 'VERIFIED',
    rejectionReason: null,
    ...overrides,
  }
}

export function aUser(roles: Role[], overrides: Partial<User> = {}): User {
  const name = roles[0]?.toLowerCase() ?? 'user'
  return {
    id: `user-${name}`,
    username: name,
    displayName: `Demo ${name}`,
    email: `${name}@example.org`,
    language: 'en',
    roles,
    enabled: true,
    createdAt: '2026-01-01T00:00:00Z',
    lastLoginAt: null,
    institution: anInstitution(),
    ...overrides,
  }
}
