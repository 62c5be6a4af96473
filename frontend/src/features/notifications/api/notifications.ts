import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { api } from '@/lib/api-client'
import { transfersKey } from '@/features/transfers/api/get-transfer'
import type { NotificationItem } from '@/types/transfers'

export const notificationsKey = ['notifications'] as const

export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: [...notificationsKey, 'unread-count'],
    queryFn: ({ signal }) => api.get<{ count: number }>('/api/notifications/unread-count', signal),
    enabled,
  })
}

export function useNotifications() {
  return useQuery({
    queryKey: [...notificationsKey, 'list'],
    queryFn: ({ signal }) => api.get<NotificationItem[]>('/api/notifications?size=100', signal),
  })
}

export function useMarkRead() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string | 'all') =>
      id === 'all' ? api.post<void>('/api/notifications/read-all') : api.post<void>(`/api/notifications/${encodeURIComponent(id)}/read`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: notificationsKey }),
  })
}

/**
 * Live updates: the server pushes each new notification as a server-sent event. Whatever it is
 * about (an application's step, a match, a message) may have changed what is on screen, so the
 * notifications, the transfer lists and pages and the dashboard are refetched. EventSource
 * reconnects by itself after a network break.
 */
export function useNotificationStream(enabled: boolean) {
  const queryClient = useQueryClient()
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return
    const source = new EventSource('/api/notifications/stream', { withCredentials: true })
    const refresh = () => {
      for (const key of [notificationsKey, transfersKey, ['goals'], ['needs']]) void queryClient.invalidateQueries({ queryKey: key })
    }
    source.addEventListener('notification', refresh)
    return () => source.close()
  }, [enabled, queryClient])
}
